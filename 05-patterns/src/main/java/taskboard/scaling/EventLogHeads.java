package taskboard.scaling;

import java.util.HashMap;
import java.util.Map;

import taskboard.data.Database;

/** The newest event id of every board in the shared event log: where each board stands now. */
final class EventLogHeads {
    private EventLogHeads() {
    }

    static Map<String, Long> read(Database db) {
        return db.read(c -> {
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT board_id, MAX(seq) FROM board_events GROUP BY board_id")) {
                Map<String, Long> heads = new HashMap<>();
                while (rs.next()) {
                    heads.put(rs.getString(1), rs.getLong(2));
                }
                return heads;
            }
        });
    }
}
