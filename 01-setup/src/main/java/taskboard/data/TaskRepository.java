package taskboard.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads of tasks, plus the row-level writes {@link TaskService} composes into transactions.
 * Every statement is prepared; no value is ever concatenated into SQL.
 */
public final class TaskRepository {
    static final String COLUMNS =
            "t.id, t.list_id, t.title, t.description, t.assignee_id, t.position, t.version, t.created_at, t.updated_at";

    private final Database db;

    public TaskRepository(Database db) {
        this.db = db;
    }

    public Optional<Task> find(String id) {
        return db.read(c -> find(c, id));
    }

    /** A board's tasks ordered by list position, then task position (the course's order). */
    public List<Task> byBoard(String boardId) {
        return db.read(c -> query(c,
                "SELECT " + COLUMNS + " FROM tasks t JOIN lists l ON l.id = t.list_id"
                        + " WHERE l.board_id = ? ORDER BY l.position, t.position",
                boardId));
    }

    /** The board a task belongs to (through its list). */
    public Optional<String> boardOf(String taskId) {
        return db.read(c -> {
            try (var st = c.prepareStatement(
                    "SELECT l.board_id FROM tasks t JOIN lists l ON l.id = t.list_id WHERE t.id = ?")) {
                Rows.bind(st, taskId);
                try (var rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    static Optional<Task> find(Connection c, String id) throws SQLException {
        List<Task> found = query(c, "SELECT " + COLUMNS + " FROM tasks t WHERE t.id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    static List<Task> query(Connection c, String sql, Object... params) throws SQLException {
        try (var st = c.prepareStatement(sql)) {
            Rows.bind(st, params);
            try (var rs = st.executeQuery()) {
                List<Task> tasks = new ArrayList<>();
                while (rs.next()) {
                    tasks.add(Rows.task(rs));
                }
                return tasks;
            }
        }
    }

    static int countInList(Connection c, String listId) throws SQLException {
        try (var st = c.prepareStatement("SELECT COUNT(*) FROM tasks WHERE list_id = ?")) {
            Rows.bind(st, listId);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (var st = c.prepareStatement(sql)) {
            Rows.bind(st, params);
            return st.executeUpdate();
        }
    }
}
