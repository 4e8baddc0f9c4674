package taskboard.exercises.capstone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Challenge C1: live cursors. Cursor positions are volatile: only the newest one of each user
 * matters, so between two sends (e.g. every 50 ms) the moves are coalesced, and nobody is sent
 * their own cursor.
 */
public final class Cursors {

    /** A user's cursor on the board. */
    public record Cursor(String userId, int x, int y) {
    }

    private final Map<String, Cursor> pending = new LinkedHashMap<>();

    /** A user moved their cursor. */
    public synchronized void move(String userId, int x, int y) {
        pending.put(userId, new Cursor(userId, x, y)); // replaces the older position, keeps the user's place
    }

    /** What to send now: one newest cursor per user that moved since the last flush; then starts over. */
    public synchronized List<Cursor> flush() {
        List<Cursor> out = new ArrayList<>(pending.values());
        pending.clear();
        return out;
    }

    /** The cursors a viewer is sent: everyone's but their own. */
    public static List<Cursor> forViewer(List<Cursor> cursors, String viewerId) {
        return cursors.stream().filter(cursor -> !cursor.userId().equals(viewerId)).toList();
    }
}
