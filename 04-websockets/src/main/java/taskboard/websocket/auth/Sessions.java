package taskboard.websocket.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.javalin.http.Context;
import taskboard.data.Database;
import taskboard.data.Timestamps;
import taskboard.data.User;
import taskboard.data.UserRepository;

/**
 * L12: signed-in users. A session is a random token (the {@code session} cookie's value) stored
 * with its user and an expiry. {@link #check} answers with the user or with the course's reason
 * for refusing, which the socket uses as its 4001 close reason.
 */
public final class Sessions {
    public static final String COOKIE = "session";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String INVALID_SESSION = "Invalid session";
    public static final String USER_NOT_FOUND = "User not found";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final UserRepository users;
    private final Duration ttl;
    private final Clock clock;
    private final List<Consumer<String>> endListeners = new CopyOnWriteArrayList<>();

    /** The outcome of checking a token: a user, or why there is none. */
    public record Check(User user, String refusal) {
        public boolean ok() {
            return user != null;
        }
    }

    /** A new session: its token and when it stops working. */
    public record Session(String token, User user, Instant expiresAt) {
    }

    public Sessions(Database db, UserRepository users, Duration ttl, Clock clock) {
        this.db = db;
        this.users = users;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Starts a session for a user; 32 random bytes make the token unguessable. */
    public Session create(User user) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(ttl);
        db.inTransaction(c -> {
            try (var purge = c.prepareStatement("DELETE FROM sessions WHERE expires_at <= ?")) {
                purge.setString(1, Timestamps.format(now));
                purge.executeUpdate();
            }
            try (var st = c.prepareStatement(
                    "INSERT INTO sessions (token, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
                st.setString(1, token);
                st.setString(2, user.id());
                st.setString(3, Timestamps.format(now));
                st.setString(4, Timestamps.format(expiresAt));
                return st.executeUpdate();
            }
        });
        return new Session(token, user, expiresAt);
    }

    /** The user behind a token, or "Unauthorized" (no token), "Invalid session", "User not found". */
    public Check check(String token) {
        if (token == null || token.isBlank()) {
            return new Check(null, UNAUTHORIZED);
        }
        Optional<String> userId = db.read(c -> {
            try (var st = c.prepareStatement("SELECT user_id, expires_at FROM sessions WHERE token = ?")) {
                st.setString(1, token);
                try (var rs = st.executeQuery()) {
                    if (!rs.next() || !clock.instant().isBefore(Instant.parse(rs.getString(2)))) {
                        return Optional.<String>empty();
                    }
                    return Optional.of(rs.getString(1));
                }
            }
        });
        if (userId.isEmpty()) {
            return new Check(null, INVALID_SESSION);
        }
        return users.find(userId.get()).map(u -> new Check(u, null)).orElseGet(() -> new Check(null, USER_NOT_FOUND));
    }

    /** Ends a session (sign-out); unknown tokens are ignored. Whoever listens (open sockets) is told. */
    public void end(String token) {
        db.inTransaction(c -> {
            try (var st = c.prepareStatement("DELETE FROM sessions WHERE token = ?")) {
                st.setString(1, token);
                return st.executeUpdate();
            }
        });
        endListeners.forEach(listener -> listener.accept(token));
    }

    /** Calls {@code listener} with the token of every session that is ended. */
    public void onEnd(Consumer<String> listener) {
        endListeners.add(listener);
    }

    /** The signed-in user of an HTTP request (session cookie or bearer token): what REST routes call. */
    public Optional<User> userFor(Context ctx) {
        return Optional.ofNullable(check(tokenOf(ctx)).user());
    }

    /** The request's token: the {@code session} cookie, else {@code Authorization: Bearer <token>}. */
    public static String tokenOf(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        if (cookie != null && !cookie.isBlank()) {
            return cookie;
        }
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        return null;
    }

    public Duration ttl() {
        return ttl;
    }
}
