package taskboard.admin;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import taskboard.app.Services;

/** L8 exercise 2: {@code GET /admin/connections}, the open real-time connections, total and per board. */
public final class AdminPlugin extends Plugin<Void> {
    private final ConnectionCounters counters;

    public AdminPlugin(Services services) {
        this.counters = services.component(ConnectionCounters.class, ConnectionCounters::new);
    }

    @Override
    public void onStart(JavalinState state) {
        state.routes.get("/admin/connections", this::connections);
    }

    private void connections(Context ctx) {
        ctx.json(counters.counts());
    }
}
