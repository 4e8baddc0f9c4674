package taskboard.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Boards and their lists. */
public final class BoardRepository {
    private final Database db;

    public BoardRepository(Database db) {
        this.db = db;
    }

    public List<Board> all() {
        return db.read(c -> {
            try (var st = c.prepareStatement("SELECT id, name, created_at FROM boards ORDER BY created_at, id");
                 var rs = st.executeQuery()) {
                List<Board> boards = new ArrayList<>();
                while (rs.next()) {
                    boards.add(new Board(rs.getString("id"), rs.getString("name"), rs.getString("created_at")));
                }
                return boards;
            }
        });
    }

    public Optional<Board> find(String id) {
        return db.read(c -> {
            try (var st = c.prepareStatement("SELECT id, name, created_at FROM boards WHERE id = ?")) {
                Rows.bind(st, id);
                try (var rs = st.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Board(rs.getString("id"), rs.getString("name"), rs.getString("created_at")))
                            : Optional.empty();
                }
            }
        });
    }

    public boolean exists(String id) {
        return find(id).isPresent();
    }

    public List<BoardList> lists(String boardId) {
        return db.read(c -> {
            try (var st = c.prepareStatement(
                    "SELECT id, board_id, name, position FROM lists WHERE board_id = ? ORDER BY position, id")) {
                Rows.bind(st, boardId);
                try (var rs = st.executeQuery()) {
                    List<BoardList> lists = new ArrayList<>();
                    while (rs.next()) {
                        lists.add(new BoardList(rs.getString("id"), rs.getString("board_id"),
                                rs.getString("name"), rs.getInt("position")));
                    }
                    return lists;
                }
            }
        });
    }

    public Optional<BoardList> findList(String listId) {
        return db.read(c -> {
            try (var st = c.prepareStatement("SELECT id, board_id, name, position FROM lists WHERE id = ?")) {
                Rows.bind(st, listId);
                try (var rs = st.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new BoardList(rs.getString("id"), rs.getString("board_id"),
                                    rs.getString("name"), rs.getInt("position")))
                            : Optional.empty();
                }
            }
        });
    }

    /** Creates a board with the given lists (in order). Used by tests and by later stages' seeds. */
    public Board create(String id, String name, List<String> listNames) {
        String now = Timestamps.now();
        db.inTransaction(c -> {
            try (var st = c.prepareStatement("INSERT INTO boards (id, name, created_at) VALUES (?, ?, ?)")) {
                Rows.bind(st, id, name, now);
                st.executeUpdate();
            }
            try (var st = c.prepareStatement("INSERT INTO lists (id, board_id, name, position) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < listNames.size(); i++) {
                    Rows.bind(st, id + "-list-" + i, id, listNames.get(i), i);
                    st.executeUpdate();
                }
            }
            return null;
        });
        return new Board(id, name, now);
    }
}
