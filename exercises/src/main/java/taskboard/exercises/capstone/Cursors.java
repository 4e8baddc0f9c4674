package taskboard.exercises.capstone;

import java.util.List;

import taskboard.exercises.Todo;

/**
 * Challenge C1: live cursors. Cursor positions are volatile: only the newest one of each user
 * matters, so between two sends (e.g. every 50 ms) the moves are coalesced, and nobody is sent
 * their own cursor.
 */
public final class Cursors {

    /** A user's cursor on the board. */
    public record Cursor(String userId, int x, int y) {
    }

    /** A user moved their cursor. */
    public void move(String userId, int x, int y) {
        // TODO(C1): keep only the newest position of each user (in the order users first moved since the last flush).
        throw Todo.exercise("C1", "keep the newest cursor per user in Cursors.move", "L18", "06-capstone");
    }

    /** What to send now: one newest cursor per user that moved since the last flush; then starts over. */
    public List<Cursor> flush() {
        // TODO(C1): return the coalesced cursors and forget them.
        throw Todo.exercise("C1", "send the coalesced cursors in Cursors.flush", "L18", "06-capstone");
    }

    /** The cursors a viewer is sent: everyone's but their own. */
    public static List<Cursor> forViewer(List<Cursor> cursors, String viewerId) {
        // TODO(C1): leave out the viewer's own cursor.
        throw Todo.exercise("C1", "leave out the viewer's own cursor in Cursors.forViewer", "L18", "06-capstone");
    }
}
