package taskboard.capstone.access;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import taskboard.app.Services;

/**
 * L18: the capstone is not a demo open to anyone. One check before every matched route: /admin
 * needs the operator's token ({@link AdminGate}). Routes that no endpoint matches still answer
 * the JSON 404, and static files stay public so the sign-in page can load.
 */
public final class AccessPlugin extends Plugin<Void> {
    private final AdminGate admin;

    public AccessPlugin(Services services) {
        this.admin = new AdminGate(services.settings().env("ADMIN_TOKEN"));
    }

    @Override
    public void onStart(JavalinState state) {
        state.routes.beforeMatched(this::check);
    }

    private void check(Context ctx) {
        var endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint == null) {
            return; // a static file, or a 404
        }
        String path = endpoint.path;
        if (path.equals("/admin") || path.startsWith("/admin/")) {
            admin.check(ctx);
        }
    }
}
