package taskboard.capstone.access;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import taskboard.app.Services;

/**
 * L18: the capstone is not a demo open to anyone. One check before every matched route:
 * board routes ({@code /boards...}, {@code /tasks...}, {@code /events}) need a signed-in member
 * ({@link SignInGate}); {@code /admin} needs the operator's token ({@link AdminGate}). Sign-in,
 * health and the static page stay open, and unmatched paths still answer the JSON 404. The
 * WebSocket needs no gate here: L12 already refuses it without a session (4001) and refuses
 * joining a board the user may not see (4003).
 */
public final class AccessPlugin extends Plugin<Void> {
    private final SignInGate signIn;
    private final AdminGate admin;

    public AccessPlugin(Services services) {
        this.signIn = new SignInGate(services);
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
        if (under(path, "/admin")) {
            admin.check(ctx);
        } else if (under(path, "/boards") || under(path, "/tasks") || under(path, "/events")) {
            signIn.check(ctx, path);
        }
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
