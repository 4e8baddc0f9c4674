package taskboard.exercises.l16;

import java.util.function.Consumer;

import taskboard.app.Services;
import taskboard.events.BoardEvent;
import taskboard.events.EventDelivery;
import taskboard.scaling.RedisEventBus;

/**
 * L16 exercise 1: events between servers. Each instance publishes its board events to a Redis
 * channel and delivers what it receives from that channel to its own subscribers, so an event made
 * on server 1 reaches viewers on server 2. A subscribed Redis connection can do nothing else: the
 * publisher and the subscriber need separate connections.
 * Mounted with {@code Stage04.STAGE.delivery(services -> new RedisRelay(services, redisUrl))}.
 * The answer is 05-patterns' {@link RedisEventBus}, which also fills gaps from the shared event log.
 */
public final class RedisRelay implements EventDelivery {
    private final RedisEventBus bus;

    public RedisRelay(Services services, String redisUrl) {
        this.bus = RedisEventBus.of(services, redisUrl);
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
