package taskboard.exercises.l03;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import taskboard.app.Services;
import taskboard.polling.ShortPollingPlugin;

/**
 * L3 exercise 2: conditional polling. {@code GET /boards/{boardId}/updates} sends an {@code ETag};
 * a poller that sends it back in {@code If-None-Match} gets an empty {@code 304} while nothing
 * changed, so most polls cost a few bytes instead of the whole board.
 * The answer is 02-polling's {@link ShortPollingPlugin}: its ETag is the board's latest event id.
 */
public final class ConditionalUpdates extends Plugin<Void> {
    private final ShortPollingPlugin checkpoint;

    public ConditionalUpdates(Services services) {
        this.checkpoint = new ShortPollingPlugin(services);
    }

    @Override
    public void onStart(JavalinState state) {
        checkpoint.onStart(state);
    }
}
