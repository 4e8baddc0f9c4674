package taskboard.websocket.auth;

import java.time.Clock;

import taskboard.app.Services;

/**
 * L12's parts, shared by every plugin that needs them (sign-in routes, the WebSocket, and the
 * capstone's REST guard): {@code Auth.of(services).sessions().userFor(ctx)}. The first call
 * creates the tables (idempotent script) and the parts, once per server.
 */
public record Auth(Sessions sessions, Credentials credentials, BoardAccess access) {

    public static Auth of(Services services) {
        return services.component(Auth.class, () -> {
            services.database().runScript("/db/auth.sql");
            AuthPlugin.Config config = services.settings().configure(new AuthPlugin.Config());
            return new Auth(
                    new Sessions(services.database(), services.users(), config.sessionTtl, Clock.systemUTC()),
                    new Credentials(services.database()),
                    new BoardAccess(services.database()));
        });
    }
}
