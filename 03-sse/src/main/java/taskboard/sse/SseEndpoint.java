package taskboard.sse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.javalin.http.Context;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletResponse;
import taskboard.app.ApiException;
import taskboard.app.Services;
import taskboard.rest.BoardHandlers;

/**
 * L6 and L8: the stream routes. Everything that can fail (an unknown board, a bad {@code boards}
 * list) is answered as JSON before the stream starts; after that the response belongs to the
 * {@link SseConnection}. Any client works, with or without {@code Accept: text/event-stream}
 * (the course reads the stream with a plain {@code curl -N}).
 */
final class SseEndpoint {
    private final Services services;
    private final SsePlugin.Config config;
    private final SseRegistry registry;
    private final Resumption resumption;

    SseEndpoint(Services services, SsePlugin.Config config, SseRegistry registry) {
        this.services = services;
        this.config = config;
        this.registry = registry;
        this.resumption = new Resumption(services.eventLog(), config.replayWindow);
    }

    /** GET /boards/{boardId}/events: one board's events. */
    void boardStream(Context ctx) {
        String board = BoardHandlers.requireBoard(services, ctx.pathParam("boardId"));
        stream(ctx, List.of(board), false);
    }

    /** GET /events?boards=board-1,board-2: several boards on one connection (browsers allow 6 per host). */
    void multiBoardStream(Context ctx) {
        String param = ctx.queryParam("boards");
        Set<String> boards = new LinkedHashSet<>();
        for (String id : param == null ? new String[0] : param.split(",")) {
            if (!id.isBlank()) {
                boards.add(id.trim());
            }
        }
        if (boards.isEmpty()) {
            throw ApiException.invalid("boards", "Name the boards to follow, e.g. ?boards=board-1,board-2");
        }
        if (boards.size() > config.maxBoardsPerStream) {
            throw ApiException.invalid("boards", "At most " + config.maxBoardsPerStream + " boards per stream, got "
                    + boards.size());
        }
        boards.forEach(board -> BoardHandlers.requireBoard(services, board));
        stream(ctx, new ArrayList<>(boards), true);
    }

    private void stream(Context ctx, List<String> boards, boolean multiBoard) {
        HttpServletResponse response = ctx.res();
        response.setStatus(200);
        response.setContentType("text/event-stream; charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no"); // nginx: do not buffer the stream
        response.setBufferSize(config.responseBufferBytes); // held per open stream, off-heap
        String lastEventId = ctx.header("Last-Event-ID");
        // Javalin starts the async response, then asks for the future that ends it.
        ctx.future(() -> open(ctx, boards, multiBoard, lastEventId));
    }

    private CompletableFuture<Void> open(Context ctx, List<String> boards, boolean multiBoard, String lastEventId) {
        AsyncContext async = ctx.req().getAsyncContext();
        async.setTimeout(0); // a stream has no deadline; heartbeats find dead clients
        // Registered before the log is read: an event committed meanwhile is held, not missed.
        SseConnection connection = registry.register(boards, multiBoard, config.outboxLimit);
        try {
            Map<String, String> ids = StreamCursor.parse(lastEventId, boards, multiBoard);
            List<StartPoint> starts = new ArrayList<>();
            for (String board : boards) {
                starts.add(resumption.plan(board, ids.get(board)));
            }
            connection.open(async, SseFrames.retry(config.retry), starts, lastEventId != null);
        } catch (Exception e) {
            connection.close(SseConnection.CloseReason.CLIENT_GONE);
            throw new IllegalStateException("Could not open the event stream of " + boards, e);
        }
        return connection.finished();
    }
}
