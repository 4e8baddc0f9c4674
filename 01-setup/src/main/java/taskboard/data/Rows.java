package taskboard.data;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Small JDBC helpers shared by the repositories: binding parameters and mapping rows. */
final class Rows {
    private Rows() {
    }

    static void bind(PreparedStatement st, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                st.setNull(i + 1, Types.VARCHAR);
            } else if (p instanceof Integer n) {
                st.setInt(i + 1, n);
            } else if (p instanceof Long n) {
                st.setLong(i + 1, n);
            } else {
                st.setString(i + 1, p.toString());
            }
        }
    }

    static Task task(ResultSet rs) throws SQLException {
        return new Task(
                rs.getString("id"),
                rs.getString("list_id"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("assignee_id"),
                rs.getInt("position"),
                rs.getLong("version"),
                rs.getString("created_at"),
                rs.getString("updated_at"));
    }
}
