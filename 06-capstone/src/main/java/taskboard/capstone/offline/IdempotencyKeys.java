package taskboard.capstone.offline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import taskboard.app.ApiException;
import taskboard.data.Database;
import taskboard.data.Timestamps;

/**
 * C3: the Idempotency-Keys each user has sent with a create, and the answer each one got. A key is
 * claimed (one row, under the table's primary key) before its create runs and completed with the
 * answer after, so two servers on one database cannot both run it. Keys are scoped to the user
 * (two users may pick the same key) and forgotten after {@code retention}.
 */
public final class IdempotencyKeys {
    /** A key's earlier use: the request's hash and, once the create finished, the answer to replay. */
    public record Stored(String requestHash, String taskId, String response) {
        public boolean inProgress() {
            return response == null;
        }
    }

    public static final int MAX_KEY_LENGTH = 255;

    private final Database database;
    private final Duration retention;

    public IdempotencyKeys(Database database, Duration retention) {
        this.database = database;
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

    /** Claims a key for a create about to run; empty if claimed now, else its earlier use. */
    public Optional<Stored> claim(String userId, String key, String requestHash) {
        String expired = Timestamps.format(Instant.now().minus(retention));
        return database.inTransaction(c -> {
            try (var purge = c.prepareStatement("DELETE FROM idempotent_creates WHERE created_at < ?")) {
                purge.setString(1, expired);
                purge.executeUpdate();
            }
            try (var st = c.prepareStatement("SELECT request_hash, task_id, response FROM idempotent_creates"
                    + " WHERE user_id = ? AND key = ?")) {
                st.setString(1, userId);
                st.setString(2, key);
                try (var rs = st.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(new Stored(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            try (var st = c.prepareStatement("INSERT INTO idempotent_creates (user_id, key, request_hash, created_at)"
                    + " VALUES (?, ?, ?, ?)")) {
                st.setString(1, userId);
                st.setString(2, key);
                st.setString(3, requestHash);
                st.setString(4, Timestamps.now());
                st.executeUpdate();
            }
            return Optional.<Stored>empty();
        });
    }

    /** Completes a claim with the create's answer: from now on replays get it. */
    public void complete(String userId, String key, String taskId, String response) {
        update("UPDATE idempotent_creates SET task_id = ?, response = ? WHERE user_id = ? AND key = ?",
                taskId, response, userId, key);
    }

    /** Gives a claim back after its create failed, so the client can try again with the same key. */
    public void release(String userId, String key) {
        update("DELETE FROM idempotent_creates WHERE user_id = ? AND key = ? AND response IS NULL", userId, key);
    }

    private void update(String sql, String... params) {
        database.inTransaction(c -> {
            try (var st = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    st.setString(i + 1, params[i]);
                }
                return st.executeUpdate();
            }
        });
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
