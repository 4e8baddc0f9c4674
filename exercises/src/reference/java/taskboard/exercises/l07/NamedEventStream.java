package taskboard.exercises.l07;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.javalin.plugin.Plugin;
import taskboard.app.Services;
import taskboard.events.BoardEvent;
import taskboard.rest.BoardHandlers;

/**
 * L7: {@code GET /boards/{boardId}/events} with named events and ids
 * ({@code id: 43 / event: task_moved / data: {...}}), and resumption: a client that reconnects with
 * {@code Last-Event-ID} gets every event after it, in order, once, then the live ones.
 */
public final class NamedEventStream extends Plugin<Void> {
    private final Services services;
    private final Map<String, Set<Stream>> byBoard = new ConcurrentHashMap<>();

    /** One open stream: what it was sent last, and live events held back while it catches up. */
    private static final class Stream {
        final SseClient client;
        final List<BoardEvent> held = new ArrayList<>();
        long lastSent;
        boolean live;

        Stream(SseClient client) {
            this.client = client;
        }
    }

    public NamedEventStream(Services services) {
        this.services = services;
    }

    @Override
    public void onStart(JavalinState state) {
        Runnable unsubscribe = services.delivery().subscribe(this::deliver);
        services.onClose(unsubscribe::run);
        state.routes.get("/boards/{boardId}/events", this::events);
    }

    void events(Context ctx) {
        String boardId = BoardHandlers.requireBoard(services, ctx.pathParam("boardId"));
        String lastEventId = ctx.header("Last-Event-ID");
        new SseHandler(0L, client -> connected(boardId, lastEventId, client)).handle(ctx);
    }

    private void connected(String boardId, String lastEventId, SseClient client) {
        client.keepAlive();
        Stream stream = new Stream(client);
        Set<Stream> streams = byBoard.computeIfAbsent(boardId, b -> ConcurrentHashMap.newKeySet());
        client.onClose(() -> streams.remove(stream));
        streams.add(stream); // registered first, so nothing published from now on is missed
        if (client.terminated()) {
            streams.remove(stream); // it closed before it was registered
            return;
        }
        synchronized (stream) {
            if (lastEventId != null && lastEventId.matches("\\d+")) {
                missed(boardId, Long.parseLong(lastEventId)).forEach(event -> sendOnce(stream, event));
            } else {
                stream.lastSent = services.eventLog().latestId(boardId);
                client.sendData("{\"type\":\"connected\"}");
            }
            stream.held.forEach(event -> sendOnce(stream, event)); // what went live during the replay
            stream.held.clear();
            stream.live = true;
        }
    }

    private void deliver(BoardEvent event) {
        for (Stream stream : byBoard.getOrDefault(event.boardId(), Set.of())) {
            synchronized (stream) {
                if (stream.live) {
                    sendOnce(stream, event);
                } else {
                    stream.held.add(event);
                }
            }
        }
    }

    /** Sends each id once and in order: a replayed event is not sent again live. */
    private void sendOnce(Stream stream, BoardEvent event) {
        if (event.id() > stream.lastSent) {
            send(stream.client, event);
            stream.lastSent = event.id();
        }
    }

    /** Writes one board event as a named event with its id. */
    void send(SseClient client, BoardEvent event) {
        client.sendEvent(event.type(), event.json(), String.valueOf(event.id()));
    }

    /** The events of a board after the one the client saw last (its Last-Event-ID), oldest first. */
    List<BoardEvent> missed(String boardId, long lastEventId) {
        return services.eventLog().after(boardId, lastEventId, RecentEvents.CAPACITY);
    }
}
