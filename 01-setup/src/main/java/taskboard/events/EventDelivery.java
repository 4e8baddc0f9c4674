package taskboard.events;

import java.util.function.Consumer;

/**
 * The seam between mutations and real-time delivery. {@code TaskService} publishes every committed
 * change here; each transport a stage adds (long-poll waiters, SSE clients, WebSocket rooms)
 * subscribes. Stages add delivery by subscribing, never by editing route code.
 *
 * <p>Events of one board are published in the order of their ids.
 */
public interface EventDelivery extends AutoCloseable {

    void publish(BoardEvent event);

    /** Registers a subscriber; the returned action unsubscribes it. */
    Runnable subscribe(Consumer<BoardEvent> subscriber);

    @Override
    default void close() {
    }
}
