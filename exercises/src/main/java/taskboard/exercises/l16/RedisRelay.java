package taskboard.exercises.l16;

import java.util.function.Consumer;

import taskboard.app.Services;
import taskboard.events.BoardEvent;
import taskboard.events.EventDelivery;
import taskboard.exercises.Todo;

/**
 * L16 exercise 1: events between servers. Each instance publishes its board events to a Redis
 * channel and delivers what it receives from that channel to its own subscribers, so an event made
 * on server 1 reaches viewers on server 2. A subscribed Redis connection can do nothing else: the
 * publisher and the subscriber need separate connections (Lettuce: RedisClient.connect() and
 * RedisClient.connectPubSub()).
 * Mounted with {@code Stage04.STAGE.delivery(services -> new RedisRelay(services, redisUrl))}.
 */
public final class RedisRelay implements EventDelivery {

    public RedisRelay(Services services, String redisUrl) {
        // TODO(16.1): connect a publisher and a separate subscriber to redisUrl; subscribe to one channel and
        //             deliver every message received (a serialised BoardEvent) to this instance's subscribers.
        throw Todo.exercise("16.1", "relay board events through Redis pub/sub in RedisRelay", "L16", "05-patterns");
    }

    @Override
    public void publish(BoardEvent event) {
        // TODO(16.1): publish the event (e.g. as JSON of the BoardEvent record) on the channel.
        throw Todo.exercise("16.1", "publish to Redis in RedisRelay.publish", "L16", "05-patterns");
    }

    @Override
    public Runnable subscribe(Consumer<BoardEvent> subscriber) {
        // TODO(16.1): keep the local subscriber; return its unsubscribe.
        throw Todo.exercise("16.1", "keep local subscribers in RedisRelay.subscribe", "L16", "05-patterns");
    }
}
