package taskboard.sse;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;

/** Runs an action when the container ends an async response itself (an error or the end of the request). */
final class ClosingListener implements AsyncListener {
    private final Runnable onEnd;

    ClosingListener(Runnable onEnd) {
        this.onEnd = onEnd;
    }

    @Override
    public void onComplete(AsyncEvent event) {
        onEnd.run();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        onEnd.run();
    }

    @Override
    public void onError(AsyncEvent event) {
        onEnd.run();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // a stream's async response is started once
    }
}
