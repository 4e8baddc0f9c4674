package taskboard.exercises.l06;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.javalin.plugin.Plugin;
import taskboard.app.Services;
import taskboard.exercises.Todo;

/**
 * L6: {@code GET /boards/{boardId}/events}, a Server-Sent Events stream per board. The first frame is
 * {@code data: {"type":"connected"}}; then every event of that board, sent by {@link StreamRegistry}.
 */
public final class BoardStream extends Plugin<Void> {
    static final String CONNECTED = "{\"type\":\"connected\"}";

    private final Services services;
    private final StreamRegistry registry = new StreamRegistry();

    public BoardStream(Services services) {
        this.services = services;
    }

    public StreamRegistry registry() {
        return registry;
    }

    @Override
    public void onStart(JavalinState state) {
        Runnable unsubscribe = services.delivery().subscribe(registry::broadcast);
        services.onClose(unsubscribe::run);
        state.routes.get("/boards/{boardId}/events", this::events);
    }

    void events(Context ctx) {
        String boardId = ctx.pathParam("boardId");
        checkBoard(boardId);
        new SseHandler(0L, client -> connected(boardId, client)).handle(ctx);
    }

    private void connected(String boardId, SseClient client) {
        client.keepAlive(); // the handler returns; the stream stays open until the client leaves
        client.onClose(() -> registry.remove(boardId, client));
        registry.add(boardId, client);
        client.sendData(CONNECTED);
    }

    /** Refuses an unknown board with a JSON 404, before any stream starts. */
    void checkBoard(String boardId) {
        // TODO(6.3): an unknown board must be a 404 {"error": ...}; once the 200 and the event-stream headers
        //            are sent it is too late (hint: BoardHandlers.requireBoard(services, boardId)).
        throw Todo.exercise("6.3", "answer 404 for an unknown board before streaming, in BoardStream.checkBoard",
                "L6", "03-sse");
    }
}
