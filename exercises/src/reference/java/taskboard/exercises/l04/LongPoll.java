package taskboard.exercises.l04;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import taskboard.app.ApiException;
import taskboard.app.Json;
import taskboard.app.Services;
import taskboard.data.Timestamps;
import taskboard.events.BoardEvent;
import taskboard.rest.BoardHandlers;

/**
 * L4: {@code GET /boards/{boardId}/poll[?cursor=<event id>]} holds the request until the board changes
 * ({"data":[events], "timestamp", "cursor"}) or the timeout passes ({"data":[], "timeout":true}).
 * Exercise 1 is the timeout, exercise 2 the cursor that closes the gap between two polls; the
 * waiters themselves (exercise 3) are in {@link Waiters}.
 */
public final class LongPoll extends Plugin<LongPoll.Config> {

    /** L4's constant: how long a poll is held before it answers "timeout". */
    public static final class Config {
        public Duration timeout = Duration.ofSeconds(30);
    }

    private final Services services;
    private final Waiters waiters = new Waiters();

    public LongPoll(Services services) {
        super(services.settings().tuning(Config.class), new Config());
        this.services = services;
    }

    public Waiters waiters() {
        return waiters;
    }

    @Override
    public void onStart(JavalinState state) {
        Runnable unsubscribe = services.delivery().subscribe(waiters::wake); // mutations wake the board's waiters
        services.onClose(unsubscribe::run);
        state.routes.get("/boards/{boardId}/poll", this::poll);
    }

    void poll(Context ctx) {
        String boardId = BoardHandlers.requireBoard(services, ctx.pathParam("boardId"));
        String cursor = ctx.queryParam("cursor");
        if (cursor != null) {
            if (!cursor.matches("\\d{1,18}")) {
                throw ApiException.badRequest("cursor must be an event id (the cursor of the previous answer), got '"
                        + cursor + "'");
            }
            List<BoardEvent> missed = missedSince(boardId, Long.parseLong(cursor));
            if (!missed.isEmpty()) {
                ctx.json(changed(missed));
                return;
            }
        }
        CompletableFuture<BoardEvent> waiter = waiters.register(boardId);
        ctx.future(() -> untilChangeOrTimeout(waiter, pluginConfig.timeout)
                .whenComplete((event, failure) -> waiters.remove(boardId, waiter))
                .thenAccept(event -> ctx.json(event == null ? timedOut() : changed(List.of(event)))));
    }

    /** The waiter, completed with null when {@code timeout} passes first. */
    CompletableFuture<BoardEvent> untilChangeOrTimeout(CompletableFuture<BoardEvent> waiter, Duration timeout) {
        return waiter.completeOnTimeout(null, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The board's events after the client's cursor: what happened between its two polls. */
    List<BoardEvent> missedSince(String boardId, long after) {
        return services.eventLog().after(boardId, after, 100);
    }

    private static Map<String, Object> timedOut() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", List.of());
        body.put("timeout", true);
        return body;
    }

    private static Map<String, Object> changed(List<BoardEvent> events) {
        List<Object> data = new ArrayList<>();
        events.forEach(event -> data.add(Json.MAPPER.readTree(event.json())));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("timestamp", Timestamps.now());
        body.put("cursor", events.get(events.size() - 1).id()); // the next poll's ?cursor=
        return body;
    }
}
