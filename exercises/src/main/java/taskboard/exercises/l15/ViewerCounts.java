package taskboard.exercises.l15;

import java.util.List;
import java.util.Map;

import taskboard.exercises.Todo;

/** L15 exercise 3: viewer counts for monitoring, from the presence entries. */
public final class ViewerCounts {

    /** One presence entry: a socket of a user on a board. */
    public record Entry(String boardId, String userId, String socketId) {
    }

    /** What a dashboard shows: open sockets, distinct users, and distinct users per board. */
    public record Summary(int sockets, int users, Map<String, Integer> usersPerBoard) {
    }

    private ViewerCounts() {
    }

    public static Summary summarize(List<Entry> entries) {
        // TODO(15.3): count distinct sockets, distinct users, and distinct users per board (sorted by board id).
        throw Todo.exercise("15.3", "count sockets, users and users per board in ViewerCounts.summarize", "L15", "05-patterns");
    }
}
