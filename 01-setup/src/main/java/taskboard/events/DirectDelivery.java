package taskboard.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery as lessons 2-13 wire it: the request that made the change calls every transport in
 * turn, on its own thread. Subscribers must therefore only hand the event over (to a queue or an
 * outbox) and return at once. One failing transport is logged and does not stop the others.
 *
 * <p>Lesson 14 replaces this with an event bus that isolates subscribers from each other.
 */
public final class DirectDelivery implements EventDelivery {
    private static final Logger log = LoggerFactory.getLogger(DirectDelivery.class);

    private final List<Consumer<BoardEvent>> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(BoardEvent event) {
        for (Consumer<BoardEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                log.error("A subscriber failed on {} #{} of {}", event.type(), event.id(), event.boardId(), e);
            }
        }
    }

    @Override
    public Runnable subscribe(Consumer<BoardEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    @Override
    public String toString() {
        return "DirectDelivery[" + subscribers.size() + " subscribers]";
    }
}
