package taskboard.scaling;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import taskboard.app.Json;
import taskboard.app.Services;
import taskboard.events.BoardEvent;
import taskboard.events.EventDelivery;
import taskboard.patterns.EventBus;

/**
 * L16: the event bus across server instances. Each event is delivered to this instance's
 * subscribers at once and PUBLISHed to Redis; every instance SUBSCRIBEs and hands what it hears to
 * its own local {@link EventBus}.
 *
 * <p>Redis pub/sub is fire-and-forget, so Redis is only the fast path; the shared event log is the
 * truth. Everything heard goes through the {@link InstanceSequencer}: duplicates (our own events
 * coming back) are dropped, an event that overtook an earlier one pulls the earlier one from the
 * log first. After a reconnection, and every {@code catchUpInterval} in any case, the instance reads
 * whatever the log has that Redis did not bring: a Redis outage delays delivery across instances,
 * it never loses an event. Mutations never wait for Redis: PUBLISH is asynchronous and times out.
 */
public final class RedisEventBus implements EventDelivery {
    private static final Logger log = LoggerFactory.getLogger(RedisEventBus.class);
    public static final String CHANNEL = "taskboard:board-events";

    public static final class Config {
        /** How often to read the log for events Redis did not bring (lost while Redis was away). */
        public Duration catchUpInterval = Duration.ofSeconds(5);
    }

    private final EventBus local;
    private final RedisConnections redis;
    private final InstanceSequencer sequencer;
    private final StatefulRedisPubSubConnection<String, String> subscriber;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong publishFailures = new AtomicLong();
    private volatile boolean closed;

    public RedisEventBus(Services services, RedisConnections redis, Config config) {
        this.local = EventBus.of(services);
        this.redis = redis;
        this.sequencer = new InstanceSequencer(services.database(), services.eventLog()::after, local::publish);
        this.subscriber = redis.newSubscriber();
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                received(message);
            }
        });
        subscriber.sync().subscribe(CHANNEL);
        redis.onConnected(sequencer::catchUp); // Lettuce resubscribes by itself; we fetch what was missed
        sequencer.catchUpEvery(config.catchUpInterval);
        services.onClose(this); // before the Redis connections it uses are closed
    }

    /** The bus L16 selects when REDIS_URL is set. */
    public static RedisEventBus of(Services services, String redisUrl) {
        return new RedisEventBus(services, RedisConnections.of(services, redisUrl),
                services.settings().configure(new Config()));
    }

    @Override
    public void publish(BoardEvent event) {
        sequencer.offer(event);
        redis.commands().publish(CHANNEL, Json.write(event)).whenComplete((listeners, error) -> {
            if (error != null) {
                publishFailures.incrementAndGet();
                log.warn("PUBLISH of {} #{} failed ({}); other instances will read it from the log",
                        event.boardId(), event.id(), error.toString());
            }
        });
    }

    @Override
    public Runnable subscribe(Consumer<BoardEvent> handler) {
        return local.subscribe(handler);
    }

    private void received(String message) {
        BoardEvent event;
        try {
            event = Json.MAPPER.readValue(message, BoardEvent.class);
        } catch (RuntimeException e) {
            log.warn("Ignoring a message on {} that is not a board event: {}", CHANNEL, message);
            return;
        }
        received.incrementAndGet();
        sequencer.offer(event);
    }

    public EventBus local() {
        return local;
    }

    /** Events heard from Redis (ours and the other instances'). */
    public long received() {
        return received.get();
    }

    public long publishFailures() {
        return publishFailures.get();
    }

    /** Events this instance had to read from the log because Redis did not bring them (in time). */
    public long filledFromLog() {
        return sequencer.filledFromLog();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        sequencer.close();
        try {
            subscriber.close();
        } catch (RuntimeException e) {
            log.debug("Closing the Redis subscriber failed", e);
        }
        local.close();
    }
}
