package taskboard.capstone.rest;

import java.time.Duration;
import java.util.function.Consumer;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import taskboard.app.Services;
import taskboard.capstone.offline.IdempotencyKeys;
import taskboard.capstone.offline.OfflineSafeTaskHandlers;
import taskboard.rest.BoardHandlers;
import taskboard.rest.TaskHandlers;

/**
 * L18: L2's REST API with challenge C3's server side. The routes and answers are L2's (the same
 * contract test runs against it); creates also accept an Idempotency-Key and updates/moves an
 * If-Match version. It replaces {@code RestApiPlugin} in Stage06, so earlier checkpoints keep theirs.
 */
public final class CapstoneRestPlugin extends Plugin<CapstoneRestPlugin.Config> {

    /** How long a create's Idempotency-Key is remembered. */
    public static final class Config {
        public Duration idempotencyRetention = Duration.ofHours(24);
    }

    private final Services services;

    public CapstoneRestPlugin(Services services) {
        this(services, services.settings().tuning(Config.class));
    }

    private CapstoneRestPlugin(Services services, Consumer<Config> tuning) {
        super(tuning, new Config());
        this.services = services;
    }

    @Override
    public void onStart(JavalinState state) {
        var boards = new BoardHandlers(services);
        var tasks = new TaskHandlers(services.taskService());
        var offlineSafe = new OfflineSafeTaskHandlers(services,
                new IdempotencyKeys(services.database(), pluginConfig.idempotencyRetention));
        state.routes.get("/health", boards::health);
        state.routes.get("/boards", boards::boards);
        state.routes.get("/boards/{boardId}/lists", boards::lists);
        state.routes.get("/boards/{boardId}/tasks", boards::tasks);
        state.routes.post("/tasks", offlineSafe::create);
        state.routes.patch("/tasks/{id}", offlineSafe::update);
        state.routes.patch("/tasks/{id}/move", offlineSafe::move);
        state.routes.delete("/tasks/{id}", tasks::delete);
    }
}
