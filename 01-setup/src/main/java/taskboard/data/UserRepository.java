package taskboard.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class UserRepository {
    private final Database db;

    public UserRepository(Database db) {
        this.db = db;
    }

    public Optional<User> find(String id) {
        return db.read(c -> {
            try (var st = c.prepareStatement("SELECT id, name, email FROM users WHERE id = ?")) {
                Rows.bind(st, id);
                try (var rs = st.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new User(rs.getString("id"), rs.getString("name"), rs.getString("email")))
                            : Optional.empty();
                }
            }
        });
    }

    public List<User> all() {
        return db.read(c -> {
            try (var st = c.prepareStatement("SELECT id, name, email FROM users ORDER BY id");
                 var rs = st.executeQuery()) {
                List<User> users = new ArrayList<>();
                while (rs.next()) {
                    users.add(new User(rs.getString("id"), rs.getString("name"), rs.getString("email")));
                }
                return users;
            }
        });
    }
}
