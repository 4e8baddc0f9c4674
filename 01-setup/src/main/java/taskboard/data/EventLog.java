package taskboard.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import taskboard.events.BoardEvent;

/**
 * The board_events table: every change, numbered per board, written in the same transaction as
 * the change itself. It is the truth that later stages resume from (long-poll cursors, SSE
 * Last-Event-ID), and since it lives in the database it survives restarts and is shared by every
 * server instance on the same database.
 *
 * <p>The log keeps the newest {@link #RETAINED_PER_BOARD} events of each board; a client that
 * asks for something older must refetch the board.
 */
public final class EventLog {
    public static final int RETAINED_PER_BOARD = 1000;

    private final Database db;

    public EventLog(Database db) {
        this.db = db;
    }

    /** Appends an event inside the caller's transaction and returns it with its id. */
    static BoardEvent append(Connection c, String boardId, String type, String taskId,
                             String json, String at) throws SQLException {
        long id;
        try (var st = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM board_events WHERE board_id = ?")) {
            Rows.bind(st, boardId);
            try (var rs = st.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (var st = c.prepareStatement(
                "INSERT INTO board_events (board_id, seq, type, task_id, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            Rows.bind(st, boardId, id, type, taskId, json, at);
            st.executeUpdate();
        }
        if (id % 100 == 0) {
            try (var st = c.prepareStatement("DELETE FROM board_events WHERE board_id = ? AND seq <= ?")) {
                Rows.bind(st, boardId, id - RETAINED_PER_BOARD);
                st.executeUpdate();
            }
        }
        return new BoardEvent(boardId, id, type, taskId, json, at);
    }

    /** Events of a board with an id greater than {@code afterId}, oldest first, at most {@code limit}. */
    public List<BoardEvent> after(String boardId, long afterId, int limit) {
        return db.read(c -> {
            try (var st = c.prepareStatement(
                    "SELECT board_id, seq, type, task_id, payload, created_at FROM board_events"
                            + " WHERE board_id = ? AND seq > ? ORDER BY seq LIMIT ?")) {
                Rows.bind(st, boardId, afterId, limit);
                try (var rs = st.executeQuery()) {
                    List<BoardEvent> events = new ArrayList<>();
                    while (rs.next()) {
                        events.add(new BoardEvent(rs.getString(1), rs.getLong(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                    return events;
                }
            }
        });
    }

    /** The newest event id of a board, 0 when it has none. */
    public long latestId(String boardId) {
        return scalar("SELECT COALESCE(MAX(seq), 0) FROM board_events WHERE board_id = ?", boardId).orElse(0);
    }

    /** The oldest id still kept for a board, if it has any events. */
    public OptionalLong oldestId(String boardId) {
        return scalar("SELECT MIN(seq) FROM board_events WHERE board_id = ?", boardId);
    }

    private OptionalLong scalar(String sql, String boardId) {
        return db.read(c -> {
            try (var st = c.prepareStatement(sql)) {
                Rows.bind(st, boardId);
                try (var rs = st.executeQuery()) {
                    if (rs.next()) {
                        long value = rs.getLong(1);
                        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
                    }
                    return OptionalLong.empty();
                }
            }
        });
    }
}
