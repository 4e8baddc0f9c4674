package taskboard.webhooks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import taskboard.data.Database;

/** The webhooks table, and the claims that make one instance (of several) send each event. */
public final class WebhookRepository {
    /** Claims kept per webhook; older ones can go, their events are out of the log as well. */
    private static final int CLAIMS_KEPT = 1000;

    private final Database db;

    public WebhookRepository(Database db) {
        this.db = db;
        db.runScript("/db/webhooks.sql");
    }

    public void add(Webhook webhook) {
        db.inTransaction(c -> update(c, "INSERT INTO webhooks (id, board_id, url, secret, created_at) VALUES (?, ?, ?, ?, ?)",
                webhook.id(), webhook.boardId(), webhook.url(), webhook.secret(), webhook.createdAt()));
    }

    public List<Webhook> byBoard(String boardId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT id, board_id, url, secret, created_at FROM webhooks WHERE board_id = ? ORDER BY created_at, id")) {
                st.setString(1, boardId);
                try (var rs = st.executeQuery()) {
                    List<Webhook> hooks = new ArrayList<>();
                    while (rs.next()) {
                        hooks.add(new Webhook(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)));
                    }
                    return hooks;
                }
            }
        });
    }

    /** True if it existed on that board and is gone now. */
    public boolean remove(String boardId, String webhookId) {
        return db.inTransaction(c -> update(c, "DELETE FROM webhooks WHERE id = ? AND board_id = ?", webhookId, boardId)) > 0;
    }

    /** True for the one caller (of every instance on this database) that gets to send this event. */
    public boolean claim(String webhookId, long seq) {
        return db.inTransaction(c -> {
            int inserted = update(c, "INSERT OR IGNORE INTO webhook_deliveries (webhook_id, seq) VALUES (?, ?)",
                    webhookId, seq);
            if (inserted > 0 && seq % 100 == 0) {
                update(c, "DELETE FROM webhook_deliveries WHERE webhook_id = ? AND seq <= ?", webhookId, seq - CLAIMS_KEPT);
            }
            return inserted > 0;
        });
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return st.executeUpdate();
        }
    }
}
