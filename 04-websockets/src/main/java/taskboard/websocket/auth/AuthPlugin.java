package taskboard.websocket.auth;

import java.time.Duration;
import java.util.function.Consumer;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import taskboard.app.Services;

/**
 * L12: users get a session by signing in. POST /auth/login, POST /auth/logout, GET /auth/me.
 * REST stays open in this checkpoint; the WebSocket requires the session (see WebSocketPlugin).
 */
public final class AuthPlugin extends Plugin<AuthPlugin.Config> {

    /** The lesson's constants. */
    public static final class Config {
        /** How long a session works after sign-in. */
        public Duration sessionTtl = Duration.ofHours(24);
        /** Send the cookie only over HTTPS; turn on behind TLS. */
        public boolean secureCookie = false;
    }

    private final AuthHandlers handlers;

    public AuthPlugin(Services services) {
        this(services, services.settings().tuning(Config.class));
    }

    private AuthPlugin(Services services, Consumer<Config> tuning) {
        super(tuning, new Config());
        this.handlers = new AuthHandlers(Auth.of(services), pluginConfig.secureCookie);
    }

    @Override
    public void onStart(JavalinState state) {
        state.routes.post("/auth/login", handlers::login);
        state.routes.post("/auth/logout", handlers::logout);
        state.routes.get("/auth/me", handlers::me);
    }
}
