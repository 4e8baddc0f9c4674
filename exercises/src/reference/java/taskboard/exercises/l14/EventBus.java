package taskboard.exercises.l14;

import java.util.function.Consumer;

import taskboard.app.Services;
import taskboard.events.BoardEvent;
import taskboard.events.EventDelivery;

/**
 * L14 exercise 1: the event bus. Routes publish once ({@code TaskService} already does); every
 * transport, logger or counter subscribes. A failing subscriber must not stop the others, and a
 * slow one must not hold up the request that published.
 * Mounted with {@code Stage04.STAGE.delivery(EventBus::new)}. The answer is 05-patterns'
 * {@link taskboard.patterns.EventBus}: a queue and a thread per subscriber.
 */
public final class EventBus implements EventDelivery {
    private final taskboard.patterns.EventBus bus;

    public EventBus(Services services) {
        this.bus = taskboard.patterns.EventBus.of(services);
    }

    @Override
    public void publish(BoardEvent event) {
        bus.publish(event);
    }

    @Override
    public Runnable subscribe(Consumer<BoardEvent> subscriber) {
        return bus.subscribe(subscriber);
    }

    @Override
    public void close() {
        bus.close();
    }
}
