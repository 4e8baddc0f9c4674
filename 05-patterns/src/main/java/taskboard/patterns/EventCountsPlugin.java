package taskboard.patterns;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;

import taskboard.app.Services;
import taskboard.events.BoardEvent;

/**
 * L14 exercise 3: event counts per board at {@code GET /admin/event-counts}, from one more
 * subscriber. Counts are of the events this instance delivered since it started (with Redis, those
 * of the other instances too, since they are delivered here as well).
 */
public final class EventCountsPlugin extends Plugin<Void> {
    private final Services services;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final String since = Instant.now().toString();

    public EventCountsPlugin(Services services) {
        this.services = services;
    }

    @Override
    public void onStart(JavalinState state) {
        Runnable unsubscribe = services.delivery().subscribe(this::count);
        services.onClose(unsubscribe::run);
        state.routes.get("/admin/event-counts", this::eventCounts);
    }

    private void count(BoardEvent event) {
        counts.computeIfAbsent(event.boardId(), b -> new LongAdder()).increment();
    }

    /** GET /admin/event-counts -> {"total":N,"boards":{"board-1":N},"since":"..."} */
    private void eventCounts(Context ctx) {
        Map<String, Long> boards = new TreeMap<>();
        counts.forEach((board, count) -> boards.put(board, count.sum()));
        long total = boards.values().stream().mapToLong(Long::longValue).sum();
        ctx.json(Map.of("total", total, "boards", boards, "since", since));
    }
}
