package taskboard.exercises.l08;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.javalin.plugin.Plugin;
import taskboard.app.ApiException;
import taskboard.app.Json;
import taskboard.app.Services;
import taskboard.events.BoardEvent;
import taskboard.exercises.Todo;
import taskboard.rest.BoardHandlers;

/**
 * L8: SSE in practice. One stream for several boards ({@code GET /events?boards=board-1,board-2}: a
 * browser has only 6 HTTP/1.1 connections per host), a {@code : heartbeat} comment every 15 s so
 * proxies do not cut an idle stream (and a failed write finds a dead client), and the connection
 * counts at {@code GET /admin/connections}.
 */
public final class MultiBoardStream extends Plugin<MultiBoardStream.Config> {

    /** L8's constant: the heartbeat interval (proxies cut idle streams after 60-120 s). */
    public static final class Config {
        public Duration heartbeat = Duration.ofSeconds(15);
    }

    private final Services services;
    /** Each open stream and the boards it follows. */
    private final Map<SseClient, Set<String>> streams = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sse-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    public MultiBoardStream(Services services) {
        super(services.settings().tuning(Config.class), new Config());
        this.services = services;
        services.onClose(scheduler::shutdownNow);
    }

    @Override
    public void onStart(JavalinState state) {
        Runnable unsubscribe = services.delivery().subscribe(this::broadcast);
        services.onClose(unsubscribe::run);
        state.routes.get("/events", this::events);
        state.routes.get("/admin/connections", ctx -> ctx.json(counts()));
        startHeartbeat(scheduler, pluginConfig.heartbeat);
    }

    void events(Context ctx) {
        Set<String> boards = boardsOf(ctx);
        new SseHandler(0L, client -> {
            client.keepAlive();
            client.onClose(() -> streams.remove(client));
            streams.put(client, boards);
            if (client.terminated()) {
                streams.remove(client); // it closed before it was registered
            }
            client.sendData(Json.write(Map.of("type", "connected", "boards", boards)));
        }).handle(ctx);
    }

    private void broadcast(BoardEvent event) {
        streams.forEach((client, boards) -> {
            if (boards.contains(event.boardId())) {
                client.sendEvent(event.type(), event.json(), String.valueOf(event.id()));
            }
        });
    }

    /** One comment to every stream. A write that fails closes that client, and onClose forgets it. */
    void heartbeat() {
        for (SseClient client : streams.keySet()) {
            if (client.terminated()) {
                streams.remove(client); // closed before it was registered: nothing to write to
                continue;
            }
            try {
                client.sendComment("heartbeat");
            } catch (RuntimeException e) {
                client.close(); // a stream that cannot be written to is gone; and the schedule must go on
            }
        }
    }

    /** Sends {@link #heartbeat()} every {@code interval}, for as long as the server runs. */
    void startHeartbeat(ScheduledExecutorService scheduler, Duration interval) {
        // TODO(8.1): schedule heartbeat() every `interval` (the config's, so tests can shrink it), e.g. with
        //            scheduler.scheduleWithFixedDelay: a slow round is not followed by a burst of catch-up rounds.
        throw Todo.exercise("8.1", "schedule the heartbeat every configured interval in MultiBoardStream.startHeartbeat",
                "L8", "03-sse");
    }

    /** {"total": open streams, "boards": {"board-1": streams following it, ...}} */
    Map<String, Object> counts() {
        // TODO(8.2): count the open streams, and per board the streams that follow it.
        throw Todo.exercise("8.2", "count the open streams, in total and per board, in MultiBoardStream.counts",
                "L8", "03-sse");
    }

    /** The boards of ?boards=a,b: each must exist (404 otherwise); at least one is required (400). */
    Set<String> boardsOf(Context ctx) {
        // TODO(8.3): split the boards query parameter on commas; refuse a missing one with
        //            ApiException.badRequest and an unknown board with BoardHandlers.requireBoard.
        throw Todo.exercise("8.3", "read and check ?boards=a,b in MultiBoardStream.boardsOf", "L8", "03-sse");
    }
}
