package taskboard.exercises.l03;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import taskboard.app.Services;
import taskboard.polling.ShortPollingPlugin;

/**
 * L3 exercise 1: {@code GET /boards/{boardId}/updates?since=<ISO time>} answers the tasks changed
 * since then, and (the exercise) the ids of the tasks deleted since then: a poller cannot see a
 * deleted row, so without this list a deleted task stays on its screen forever.
 * The answer is 02-polling's {@link ShortPollingPlugin}, which reads the deletions from the board's
 * event log (its task_deleted events are tombstones with a time).
 */
public final class DeletionAwareUpdates extends Plugin<Void> {
    private final ShortPollingPlugin checkpoint;

    public DeletionAwareUpdates(Services services) {
        this.checkpoint = new ShortPollingPlugin(services);
    }

    @Override
    public void onStart(JavalinState state) {
        checkpoint.onStart(state);
    }
}
