package taskboard.rest;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import taskboard.app.Services;

/** L2: the task board's REST API, the wire contract every later lesson keeps. */
public final class RestApiPlugin extends Plugin<Void> {
    private final BoardHandlers boards;
    private final TaskHandlers tasks;

    public RestApiPlugin(Services services) {
        this.boards = new BoardHandlers(services);
        this.tasks = new TaskHandlers(services.taskService());
    }

    @Override
    public void onStart(JavalinState state) {
        state.routes.get("/health", boards::health);
        state.routes.get("/boards", boards::boards);
        state.routes.get("/boards/{boardId}/lists", boards::lists);
        state.routes.get("/boards/{boardId}/tasks", boards::tasks);
        state.routes.post("/tasks", tasks::create);
        state.routes.patch("/tasks/{id}", tasks::update);
        state.routes.patch("/tasks/{id}/move", tasks::move);
        state.routes.delete("/tasks/{id}", tasks::delete);
    }
}
