package taskboard.exercises.l15;

import java.util.List;
import java.util.Optional;

import taskboard.exercises.Todo;

/**
 * L15 exercise 1: who is viewing a board. One entry per (user, socket) with the time it joined;
 * the viewer list is deduplicated by user, so a user with three tabs counts once: user_joined goes
 * out for a user's first socket only, user_left when the last one goes.
 */
public final class Presence {

    /** One viewer as the presence message lists it. */
    public record Viewer(String userId, String name) {
    }

    /** A socket of a user joins a board; true if it is the user's first socket there (announce user_joined). */
    public boolean join(String boardId, String userId, String name, String socketId) {
        // TODO(15.1): keep one entry per (board, socket) with its user; true when the user had no socket on the board yet.
        throw Todo.exercise("15.1", "track a user's sockets per board in Presence.join", "L15", "05-patterns");
    }

    /** A socket leaves a board (or closes); the user's id if that was their last socket there (announce user_left). */
    public Optional<String> leave(String boardId, String socketId) {
        // TODO(15.1): drop the entry; answer the user only when none of their sockets is left on the board.
        throw Todo.exercise("15.1", "announce user_left only for a user's last socket in Presence.leave", "L15", "05-patterns");
    }

    /** The board's viewers, one per user, in the order they first joined. */
    public List<Viewer> viewers(String boardId) {
        // TODO(15.1): deduplicate by user, ordered by the time each user joined.
        throw Todo.exercise("15.1", "list the viewers once per user in Presence.viewers", "L15", "05-patterns");
    }
}
