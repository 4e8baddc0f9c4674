package taskboard.polling;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import taskboard.app.Services;
import taskboard.data.Task;
import taskboard.data.Timestamps;
import taskboard.events.BoardEvent;
import taskboard.events.EventType;

/**
 * L3: what changed on a board since a time. Changed tasks come from their {@code updatedAt};
 * deletions from the event log, whose task_deleted events are tombstones with a time (L3 ex 1).
 *
 * <p>The millisecond seam: a change is stamped when its transaction starts and becomes visible when
 * it commits, so "server time now" could be later than a change the poll did not see yet. The
 * answer's timestamp is therefore taken while holding the database's write lock, when no change is
 * half-done: everything stamped up to it is committed and readable, everything committed later is
 * stamped at or after it. The next poll compares with {@code >=}, so a change in that same
 * millisecond comes once more rather than never; clients keep tasks by id, so a repeat is harmless.
 */
final class BoardUpdates {
    private final Services services;

    BoardUpdates(Services services) {
        this.services = services;
    }

    /** The answer's parts: changed tasks, deleted task ids, the next {@code since}, and whether data is the whole board. */
    record Updates(List<Task> data, List<String> deleted, String timestamp, boolean reset) {
    }

    /** Every task of the board (no {@code since}). */
    Updates all(String boardId) {
        String timestamp = consistentNow();
        return new Updates(services.tasks().byBoard(boardId), List.of(), timestamp, false);
    }

    /** What changed at or after {@code since} (an ISO time in the server's format). */
    Updates since(String boardId, String since) {
        String timestamp = consistentNow();
        if (!logCovers(boardId, since)) {
            // Older deletions were dropped from the log: send the whole board and say so.
            return new Updates(services.tasks().byBoard(boardId), List.of(), timestamp, true);
        }
        List<String> deleted = deletedSince(boardId, since);
        List<Task> changed = services.tasks().byBoard(boardId).stream()
                .filter(task -> task.updatedAt().compareTo(since) >= 0)
                .toList();
        return new Updates(changed, deleted, timestamp, false);
    }

    /** "Now", read under the write lock so that no change stamped before it is still uncommitted. */
    private String consistentNow() {
        return services.database().inTransaction(c -> Timestamps.now());
    }

    /** True when every event at or after {@code since} is still in the log (it keeps the newest 1000). */
    private boolean logCovers(String boardId, String since) {
        OptionalLong oldest = services.eventLog().oldestId(boardId);
        if (oldest.isEmpty() || oldest.getAsLong() == 1) {
            return true; // nothing was ever dropped
        }
        List<BoardEvent> first = services.eventLog().after(boardId, oldest.getAsLong() - 1, 1);
        return !first.isEmpty() && first.get(0).at().compareTo(since) <= 0;
    }

    private List<String> deletedSince(String boardId, String since) {
        return services.database().read(c -> {
            try (var st = c.prepareStatement("SELECT task_id FROM board_events"
                    + " WHERE board_id = ? AND type = ? AND created_at >= ? ORDER BY seq")) {
                st.setString(1, boardId);
                st.setString(2, EventType.TASK_DELETED.wireName());
                st.setString(3, since);
                try (var rs = st.executeQuery()) {
                    List<String> ids = new ArrayList<>();
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                    return ids;
                }
            }
        });
    }
}
