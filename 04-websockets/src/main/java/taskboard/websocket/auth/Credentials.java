package taskboard.websocket.auth;

import java.util.Optional;

import taskboard.data.Database;
import taskboard.data.User;

/** L12: checks an email and password against the credentials table. */
public final class Credentials {
    private final Database db;

    public Credentials(Database db) {
        this.db = db;
    }

    /** The user with this email if the password is theirs; empty for an unknown email or a wrong password. */
    public Optional<User> verify(String email, String password) {
        Optional<Stored> stored = find(email);
        if (stored.isEmpty()) {
            Passwords.verifyNothing(password); // the same delay, so timing does not reveal which emails exist
            return Optional.empty();
        }
        return Passwords.verify(password, stored.get().credential()) ? Optional.of(stored.get().user()) : Optional.empty();
    }

    /** Sets (or replaces) a user's password. */
    public void set(String userId, String password) {
        Passwords.Credential c = Passwords.hash(password);
        db.inTransaction(conn -> {
            try (var st = conn.prepareStatement(
                    "INSERT OR REPLACE INTO credentials (user_id, salt, hash, iterations) VALUES (?, ?, ?, ?)")) {
                st.setString(1, userId);
                st.setString(2, c.salt());
                st.setString(3, c.hash());
                st.setInt(4, c.iterations());
                return st.executeUpdate();
            }
        });
    }

    private record Stored(User user, Passwords.Credential credential) {
    }

    private Optional<Stored> find(String email) {
        return db.read(c -> {
            try (var st = c.prepareStatement("SELECT u.id, u.name, u.email, c.salt, c.hash, c.iterations"
                    + " FROM users u JOIN credentials c ON c.user_id = u.id WHERE lower(u.email) = lower(?)")) {
                st.setString(1, email.trim());
                try (var rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Stored(new User(rs.getString(1), rs.getString(2), rs.getString(3)),
                            new Passwords.Credential(rs.getString(4), rs.getString(5), rs.getInt(6))));
                }
            }
        });
    }
}
