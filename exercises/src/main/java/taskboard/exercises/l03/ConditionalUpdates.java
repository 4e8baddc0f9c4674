package taskboard.exercises.l03;

import java.util.Map;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import taskboard.app.Json;
import taskboard.app.Services;
import taskboard.exercises.Todo;
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
        // TODO(3.2): derive an ETag from the body (a hash, in quotes); compare it with the If-None-Match header;
        //            answer 304 (no body) when they match, else 200 with the ETag header and the JSON body.
        throw Todo.exercise("3.2", "answer 304 when If-None-Match matches the body's ETag in ConditionalUpdates.respond",
                "L3", "02-polling");
    }
}
