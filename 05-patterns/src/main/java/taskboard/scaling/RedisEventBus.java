package taskboard.scaling;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import taskboard.app.Json;
import taskboard.app.Services;
import taskboard.data.Database;
import taskboard.events.BoardEvent;
import taskboard.events.EventDelivery;
import taskboard.patterns.BoardSequence;
import taskboard.patterns.EventBus;
import taskboard.patterns.EventHistory;

/**
 * L16: the event bus across server instances. Each event is delivered to this instance's
 * subscribers at once and PUBLISHed to Redis; every instance SUBSCRIBEs and hands what it hears to
 * its own local {@link EventBus}.
 *
 * <p>Redis pub/sub is fire-and-forget, so Redis is only the fast path; the shared event log is the
 * truth. One thread per instance puts everything heard (its own events and the others') through a
 * {@link BoardSequence}: duplicates (our own events coming back) are dropped, an event that
 * overtook an earlier one pulls the earlier one from the log first, so every board's events reach
 * local subscribers exactly once and in id order. After a reconnection, and every
 * {@code catchUpInterval} in any case, the instance reads whatever the log has that Redis did not
 * bring: a Redis outage delays delivery across instances, it never loses an event. Mutations never
 * wait for Redis: PUBLISH is asynchronous and times out.
 */
public final class RedisEventBus implements EventDelivery {
    private static final Logger log = LoggerFactory.getLogger(RedisEventBus.class);
    public static final String CHANNEL = "taskboard:board-events";

    public static final class Config {
        /** How often to read the log for events Redis did not bring (lost while Redis was away). */
        public Duration catchUpInterval = Duration.ofSeconds(5);
    }

    private final EventBus local;
    private final EventHistory history;
    private final Database database;
    private final RedisConnections redis;
    private final BoardSequence sequence;
    private final ExecutorService sequencer = Executors.newSingleThreadExecutor(daemon("redis-event-bus-sequencer"));
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(daemon("redis-event-bus-catch-up"));
    private final StatefulRedisPubSubConnection<String, String> subscriber;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong publishFailures = new AtomicLong();
    private volatile boolean closed;

    public RedisEventBus(Services services, RedisConnections redis, Config config) {
        this.local = EventBus.of(services);
        this.history = services.eventLog()::after;
        this.database = services.database();
        this.redis = redis;
        this.sequence = BoardSequence.startingAt(EventLogHeads.read(database));
        this.subscriber = redis.newSubscriber();
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                received(message);
            }
        });
        subscriber.sync().subscribe(CHANNEL);
        redis.onConnected(this::catchUpSoon);
        long every = config.catchUpInterval.toMillis();
        sweeper.scheduleWithFixedDelay(this::catchUpSoon, every, every, TimeUnit.MILLISECONDS);
        services.onClose(this); // before the Redis connections it uses are closed
    }

    /** The bus L16 selects when REDIS_URL is set. */
    public static RedisEventBus of(Services services, String redisUrl) {
        return new RedisEventBus(services, RedisConnections.of(services, redisUrl),
                services.settings().configure(new Config()));
    }

    @Override
    public void publish(BoardEvent event) {
        onSequencer(() -> sequence.accept(event, history, local::publish));
        redis.commands().publish(CHANNEL, Json.write(event)).whenComplete((listeners, error) -> {
            if (error != null) {
                publishFailures.incrementAndGet();
                log.warn("PUBLISH of {} #{} failed ({}); other instances will read it from the log",
                        event.boardId(), event.id(), error.toString());
            }
        });
    }

    @Override
    public Runnable subscribe(Consumer<BoardEvent> subscriber) {
        return local.subscribe(subscriber);
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
        onSequencer(() -> sequence.accept(event, history, local::publish));
    }

    /** Reads from the log what Redis did not bring, on the sequencer thread like everything else. */
    private void catchUpSoon() {
        onSequencer(() -> EventLogHeads.read(database)
                .forEach((board, newest) -> sequence.catchUp(board, newest, history, local::publish)));
    }

    private void onSequencer(Runnable work) {
        try {
            sequencer.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.error("Sequencing board events failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            // closing: nothing more to deliver
        }
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
        return sequence.filled();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        sweeper.shutdownNow();
        sequencer.shutdownNow();
        try {
            subscriber.close();
        } catch (RuntimeException e) {
            log.debug("Closing the Redis subscriber failed", e);
        }
        local.close();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
