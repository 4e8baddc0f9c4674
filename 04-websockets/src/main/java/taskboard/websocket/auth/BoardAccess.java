package taskboard.websocket.auth;

import java.util.ArrayList;
import java.util.List;

import taskboard.data.Database;

/** L12: who may see which board, read from the board_members table (access is data, not code). */
public final class BoardAccess {
    private final Database db;

    public BoardAccess(Database db) {
        this.db = db;
    }

    public boolean canSee(String userId, String boardId) {
        return db.read(c -> {
            try (var st = c.prepareStatement("SELECT 1 FROM board_members WHERE board_id = ? AND user_id = ?")) {
                st.setString(1, boardId);
                st.setString(2, userId);
                try (var rs = st.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** The ids of the boards a user may see. */
    public List<String> boardsOf(String userId) {
        return db.read(c -> {
            try (var st = c.prepareStatement("SELECT board_id FROM board_members WHERE user_id = ? ORDER BY board_id")) {
                st.setString(1, userId);
                try (var rs = st.executeQuery()) {
                    List<String> boards = new ArrayList<>();
                    while (rs.next()) {
                        boards.add(rs.getString(1));
                    }
                    return boards;
                }
            }
        });
    }

    /** Lets a user see a board (idempotent). Tests and later stages' seeds use it. */
    public void grant(String boardId, String userId) {
        db.inTransaction(c -> {
            try (var st = c.prepareStatement("INSERT OR IGNORE INTO board_members (board_id, user_id) VALUES (?, ?)")) {
                st.setString(1, boardId);
                st.setString(2, userId);
                return st.executeUpdate();
            }
        });
    }
}
