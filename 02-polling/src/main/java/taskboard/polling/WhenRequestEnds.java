package taskboard.polling;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;

/** Runs an action however a suspended request ends: completed, failed or timed out by the container. */
final class WhenRequestEnds implements AsyncListener {
    private final Runnable action;

    WhenRequestEnds(Runnable action) {
        this.action = action;
    }

    @Override
    public void onComplete(AsyncEvent event) {
        action.run();
    }

    @Override
    public void onError(AsyncEvent event) {
        action.run();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        action.run();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not a way to end
    }
}
