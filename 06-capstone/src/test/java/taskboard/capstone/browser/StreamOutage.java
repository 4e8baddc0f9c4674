package taskboard.capstone.browser;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import taskboard.app.ApiException;
import taskboard.app.Services;

/**
 * A test-only switch in front of the SSE endpoint: while on, {@code GET /boards/{id}/events}
 * answers 503, as an overloaded server or a proxy would. An EventSource gives up for good on any
 * non-200 answer, so this is how the tests prove the page makes a new one.
 */
final class StreamOutage extends Plugin<Void> {
    private final AtomicBoolean refusing = new AtomicBoolean();
    private final AtomicInteger refused = new AtomicInteger();

    StreamOutage(Services services) {
        services.component(StreamOutage.class, () -> this);
    }

    @Override
    public void onStart(JavalinState state) {
        state.routes.before("/boards/{boardId}/events", ctx -> {
            if (refusing.get()) {
                refused.incrementAndGet();
                throw new ApiException(503, "Event streams are paused for a test");
            }
        });
    }

    void refuse(boolean on) {
        refusing.set(on);
    }

    int refused() {
        return refused.get();
    }
}
