package taskboard.exercises.l03;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import taskboard.app.Json;
import taskboard.app.Services;
import taskboard.rest.BoardHandlers;

/**
 * L3 exercise 2: conditional polling. {@code GET /boards/{boardId}/updates} sends an {@code ETag};
 * a poller that sends it back in {@code If-None-Match} gets an empty {@code 304} while nothing
 * changed, so most polls cost a few bytes instead of the whole board.
 */
public final class ConditionalUpdates extends Plugin<Void> {
    private final Services services;

    public ConditionalUpdates(Services services) {
        this.services = services;
    }

    @Override
    public void onStart(JavalinState state) {
        state.routes.get("/boards/{boardId}/updates", this::updates);
    }

    void updates(Context ctx) {
        String boardId = BoardHandlers.requireBoard(services, ctx.pathParam("boardId"));
        String body = Json.write(Map.of("data", services.tasks().byBoard(boardId)));
        respond(ctx, body);
    }

    /** Answers {@code body} with an ETag, or 304 without a body when If-None-Match already names it. */
    void respond(Context ctx, String body) {
        String etag = "\"" + sha256(body).substring(0, 32) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache"); // may be stored, but must be revalidated every time
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && java.util.Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim).anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/json").result(body);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
