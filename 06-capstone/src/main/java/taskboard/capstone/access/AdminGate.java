package taskboard.capstone.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import io.javalin.http.Context;
import taskboard.app.ApiException;

/**
 * The /admin endpoints (connection counts, event counts, viewers, runtime) tell an outsider how busy
 * the board is and who is on it, so they are not open to everyone: they need
 * {@code Authorization: Bearer <ADMIN_TOKEN>}, the token the operator started the server with.
 * Without ADMIN_TOKEN they are closed. (An operator's token rather than an admin flag on users:
 * monitoring scripts have no browser session, and the course's users have no roles.)
 */
public final class AdminGate {
    private final Optional<byte[]> token;

    public AdminGate(Optional<String> adminToken) {
        this.token = adminToken.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    /** Before every /admin route: passes, or throws 401/403 saying what to send. */
    public void check(Context ctx) {
        if (token.isEmpty()) {
            throw new ApiException(403, "Admin endpoints are closed: start the server with ADMIN_TOKEN=<secret>"
                    + " and send Authorization: Bearer <secret>");
        }
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "Admin endpoints need Authorization: Bearer <ADMIN_TOKEN>");
        }
        byte[] sent = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(sent, token.get())) { // constant time: no guessing by timing
            throw new ApiException(403, "Wrong admin token: send Authorization: Bearer <ADMIN_TOKEN>");
        }
    }
}
