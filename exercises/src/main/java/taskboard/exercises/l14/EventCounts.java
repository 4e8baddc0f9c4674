package taskboard.exercises.l14;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import taskboard.app.Services;
import taskboard.exercises.Todo;

/**
 * L14 exercise 3: one more subscriber, one more route. {@code GET /admin/event-counts} answers
 * {@code {"total":N,"boards":{"board-1":N,...},"since":"<when counting started>"}}.
 */
public final class EventCounts extends Plugin<Void> {
    private final Services services;

    public EventCounts(Services services) {
        this.services = services;
    }

    @Override
    public void onStart(JavalinState state) {
        // TODO(14.3): subscribe a counter per board (e.g. ConcurrentHashMap<String, LongAdder>) to services.delivery(),
        //             and answer GET /admin/event-counts with the counts.
        throw Todo.exercise("14.3", "count events per board and serve GET /admin/event-counts in EventCounts.onStart",
                "L14", "05-patterns");
    }
}
