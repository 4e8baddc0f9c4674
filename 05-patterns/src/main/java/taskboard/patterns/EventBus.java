package taskboard.patterns;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import taskboard.app.Services;
import taskboard.events.BoardEvent;
import taskboard.events.EventDelivery;

/**
 * L14: the in-process event bus. Routes (through TaskService) publish each committed change once;
 * SSE, WebSocket rooms, long-poll waiters, the logger, the counter and webhooks are subscribers.
 * {@code subscribe} returns the unsubscribe.
 *
 * <p>Unlike 01's DirectDelivery, which calls subscribers in turn on the request's thread, each
 * subscriber here has its own queue and thread ({@link Subscription}): publishing only enqueues,
 * and one throwing or slow subscriber never stops or delays the others.
 */
public class EventBus implements EventDelivery {

    /** L14's constants. */
    public static final class Config {
        /** Events a subscriber may have waiting before it must catch up from the event log. */
        public int queueCapacity = 10_000;
    }

    private final Config config;
    private final EventHistory history;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final AtomicInteger names = new AtomicInteger();

    public EventBus(Config config, EventHistory history) {
        this.config = config;
        this.history = history;
    }

    /** The bus of a running checkpoint: its tuned config, and the board event log as history. */
    public static EventBus of(Services services) {
        return new EventBus(services.settings().configure(new Config()), services.eventLog()::after);
    }

    @Override
    public void publish(BoardEvent event) {
        for (Subscription subscription : subscriptions) {
            subscription.offer(event);
        }
    }

    @Override
    public Runnable subscribe(Consumer<BoardEvent> subscriber) {
        Subscription subscription = new Subscription("event-bus-subscriber-" + names.incrementAndGet(),
                subscriber, history, config.queueCapacity);
        subscriptions.add(subscription);
        return () -> {
            if (subscriptions.remove(subscription)) {
                subscription.stop();
            }
        };
    }

    public int subscriberCount() {
        return subscriptions.size();
    }

    /** Events that found a subscriber's queue full (each was later read from the log instead). */
    public long overflows() {
        return subscriptions.stream().mapToLong(Subscription::overflows).sum();
    }

    /** Times a subscriber threw; the bus logged it and went on. */
    public long failures() {
        return subscriptions.stream().mapToLong(Subscription::failures).sum();
    }

    @Override
    public void close() {
        subscriptions.forEach(Subscription::stop);
        subscriptions.clear();
    }

    @Override
    public String toString() {
        return "EventBus[" + subscriptions.size() + " subscribers]";
    }
}
