package taskboard.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one error format of the wire contract: {@code {"error": "..."}}, plus {@code "issues"} for
 * validation failures. Unknown routes answer JSON 404; an unexpected failure answers JSON 500
 * without a stack trace and is logged with one.
 */
public final class ErrorHandling {
    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private ErrorHandling() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage(), e.issues()));
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), message(e), List.of()));
        routes.exception(Exception.class, (e, ctx) -> {
            log.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "Internal server error", List.of());
        });
    }

    public static void respond(Context ctx, int status, String message, List<ApiException.Issue> issues) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        if (!issues.isEmpty()) {
            body.put("issues", issues);
        }
        ctx.status(status).json(body);
    }

    private static String message(HttpResponseException e) {
        if (e.getStatus() == 413) {
            return "Request body too large: the limit is " + TaskBoardServer.MAX_BODY_BYTES + " bytes";
        }
        return e.getMessage();
    }
}
