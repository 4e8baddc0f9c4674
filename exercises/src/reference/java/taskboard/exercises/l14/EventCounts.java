package taskboard.exercises.l14;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import taskboard.app.Services;
import taskboard.patterns.EventCountsPlugin;

/**
 * L14 exercise 3: one more subscriber, one more route. {@code GET /admin/event-counts} answers
 * {@code {"total":N,"boards":{"board-1":N,...},"since":"<when counting started>"}}. The answer is
 * 05-patterns' {@link EventCountsPlugin}.
 */
public final class EventCounts extends Plugin<Void> {
    private final EventCountsPlugin counts;

    public EventCounts(Services services) {
        this.counts = new EventCountsPlugin(services);
    }

    @Override
    public void onStart(JavalinState state) {
        counts.onStart(state);
    }
}
