package taskboard.websocket;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.javalin.websocket.WsConnectContext;
import taskboard.websocket.auth.Sessions;
import tools.jackson.databind.JsonNode;

/**
 * L12: a socket authenticates once, at the start, since frames carry no headers. Three ways: a
 * {@code ?token=} in the URL, the {@code session} cookie sent with the upgrade, or a first message
 * {@code {"type":"auth","token":"..."}} within the deadline. Failure closes with 4001 and the
 * course's reason; success answers the welcome ({@code connected}).
 */
public final class SocketAuth {
    private final Sessions sessions;
    private final Duration deadline;
    private final ScheduledExecutorService timers;

    public SocketAuth(Sessions sessions, Duration deadline, ScheduledExecutorService timers) {
        this.sessions = sessions;
        this.deadline = deadline;
        this.timers = timers;
    }

    /** At connect: use the credentials the upgrade brought, or start the clock for an auth message. */
    public void connected(Connection connection, WsConnectContext ctx) {
        String token = ctx.queryParam("token");
        if (token == null) {
            token = ctx.cookie(Sessions.COOKIE);
        }
        if (token != null) {
            accept(connection, token);
            return;
        }
        timers.schedule(() -> {
            if (!connection.authenticated() && connection.isOpen()) {
                connection.close(CloseCodes.UNAUTHORIZED, Sessions.UNAUTHORIZED);
            }
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** {"type":"auth","token":"..."}: the first message of a socket that brought no credentials. */
    public void auth(Connection connection, JsonNode message) {
        if (connection.authenticated()) {
            connection.send(Messages.error("Already authenticated"));
            return;
        }
        accept(connection, message.get("token").asString());
    }

    private void accept(Connection connection, String token) {
        Sessions.Check check = sessions.check(token);
        if (!check.ok()) {
            connection.close(CloseCodes.UNAUTHORIZED, check.refusal());
            return;
        }
        connection.authenticate(check.user(), token);
        connection.send(Messages.connected(check.user()));
    }
}
