package taskboard.capstone.rest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import taskboard.app.Services;
import taskboard.capstone.access.SignedIn;
import taskboard.capstone.offline.IdempotencyKeys;
import taskboard.capstone.offline.OfflineSafeTaskHandlers;
import taskboard.capstone.offline.OfflineSafeTasks;
import taskboard.data.Board;
import taskboard.rest.BoardHandlers;
import taskboard.rest.TaskHandlers;
import taskboard.websocket.auth.Auth;

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

    /** The one OfflineSafeTasks of a server, shared with the WebSocket task commands (C4). */
    public static OfflineSafeTasks offlineSafeTasks(Services services) {
        return services.component(OfflineSafeTasks.class, () -> new OfflineSafeTasks(services.taskService(),
                new IdempotencyKeys(services.database(),
                        services.settings().configure(new Config()).idempotencyRetention)));
    }

    /** GET /boards: with the sign-in gate in front, only the boards the signed-in user may see. */
    private void boards(Context ctx) {
        List<Board> all = services.boards().all();
        List<Board> visible = SignedIn.userId(ctx).map(user -> {
            Set<String> mine = Set.copyOf(Auth.of(services).access().boardsOf(user));
            return all.stream().filter(board -> mine.contains(board.id())).toList();
        }).orElse(all);
        ctx.json(Map.of("data", visible));
    }

    @Override
    public void onStart(JavalinState state) {
        var boards = new BoardHandlers(services);
        var tasks = new TaskHandlers(services.taskService());
        var offlineSafe = new OfflineSafeTaskHandlers(offlineSafeTasks(services));
        state.routes.get("/health", boards::health);
        state.routes.get("/boards", this::boards);
        state.routes.get("/boards/{boardId}/lists", boards::lists);
        state.routes.get("/boards/{boardId}/tasks", boards::tasks);
        state.routes.post("/tasks", offlineSafe::create);
        state.routes.patch("/tasks/{id}", offlineSafe::update);
        state.routes.patch("/tasks/{id}/move", offlineSafe::move);
        state.routes.delete("/tasks/{id}", tasks::delete);
    }
}
