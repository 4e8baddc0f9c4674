package taskboard.capstone.offline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import taskboard.app.ApiException;
import taskboard.data.Database;
import taskboard.data.Timestamps;

/**
 * C3: the Idempotency-Keys each user has sent with {@code POST /tasks}, and the 201 answer each one
 * got. Keys are scoped to the user (two users may pick the same key) and forgotten after
 * {@code retention}: an offline queue older than that is stale anyway.
 */
public final class IdempotencyKeys {
    /** What a key was first used for: the request's hash and the answer to replay. */
    public record Stored(String requestHash, String taskId, String response) {
    }

    public static final int MAX_KEY_LENGTH = 255;

    private final Duration retention;

    public IdempotencyKeys(Database database, Duration retention) {
        this.retention = retention;
        database.runScript("/db/capstone-offline.sql");
    }

    /** The key as sent, or a 400 that says what a key must look like. */
    public static String validKey(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
            throw ApiException.badRequest("Idempotency-Key must be 1-" + MAX_KEY_LENGTH
                    + " visible ASCII characters, e.g. a UUID the client made when it queued the create");
        }
        return key;
    }

    /** Looked up inside the caller's write transaction, so two replays of one key cannot both create. */
    public Optional<Stored> find(Connection c, String userId, String key) throws SQLException {
        try (var st = c.prepareStatement("SELECT request_hash, task_id, response, created_at FROM idempotency_keys"
                + " WHERE user_id = ? AND key = ?")) {
            st.setString(1, userId);
            st.setString(2, key);
            try (var rs = st.executeQuery()) {
                if (!rs.next() || Instant.parse(rs.getString(4)).isBefore(Instant.now().minus(retention))) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
    }

    /** Remembers a key's answer, replacing an expired use of it, and forgets expired keys. */
    public void store(Connection c, String userId, String key, String requestHash, String taskId, String response)
            throws SQLException {
        try (var st = c.prepareStatement("DELETE FROM idempotency_keys WHERE created_at < ?")) {
            st.setString(1, Timestamps.format(Instant.now().minus(retention)));
            st.executeUpdate();
        }
        try (var st = c.prepareStatement("INSERT OR REPLACE INTO idempotency_keys"
                + " (user_id, key, request_hash, task_id, response, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            st.setString(1, userId);
            st.setString(2, key);
            st.setString(3, requestHash);
            st.setString(4, taskId);
            st.setString(5, response);
            st.setString(6, Timestamps.now());
            st.executeUpdate();
        }
    }

    /** SHA-256 of the parsed body: a key reused for a different task is a client bug, not a replay. */
    public static String hash(String canonicalBody) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalBody.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
