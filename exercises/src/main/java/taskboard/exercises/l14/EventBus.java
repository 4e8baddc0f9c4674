package taskboard.exercises.l14;

import java.util.function.Consumer;

import taskboard.app.Services;
import taskboard.events.BoardEvent;
import taskboard.events.EventDelivery;
import taskboard.exercises.Todo;

/**
 * L14 exercise 1: the event bus. Routes publish once ({@code TaskService} already does); every
 * transport, logger or counter subscribes. A failing subscriber must not stop the others, and a
 * slow one must not hold up the request that published.
 * Mounted with {@code Stage04.STAGE.delivery(EventBus::new)}.
 */
public final class EventBus implements EventDelivery {

    public EventBus(Services services) {
        // TODO(14.1): set up what the bus needs (e.g. the subscribers, each with its own queue and thread).
    }

    @Override
    public void publish(BoardEvent event) {
        // TODO(14.1): hand the event to every subscriber; one that throws must not stop the others.
        throw Todo.exercise("14.1", "deliver each event to every subscriber in EventBus.publish", "L14", "05-patterns");
    }

    @Override
    public Runnable subscribe(Consumer<BoardEvent> subscriber) {
        // TODO(14.1): add the subscriber; the returned Runnable removes it again.
        throw Todo.exercise("14.1", "add a subscriber and return its unsubscribe in EventBus.subscribe", "L14", "05-patterns");
    }
}
