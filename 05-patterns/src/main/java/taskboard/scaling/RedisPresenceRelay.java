package taskboard.scaling;

import java.util.UUID;

import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import taskboard.app.Json;
import taskboard.presence.PresenceRelay;

/**
 * L16: presence traffic between instances over Redis pub/sub. Typing reaches the board's sockets
 * on every instance; a "changed" notice makes each instance recompute its own announcements.
 * Both are volatile: a notice lost in a Redis outage is repaired by the next lease renewal.
 */
public final class RedisPresenceRelay implements PresenceRelay {
    private static final Logger log = LoggerFactory.getLogger(RedisPresenceRelay.class);
    public static final String CHANNEL = "taskboard:presence";

    /** What travels: a message for a board's sockets, or (json null) a notice that its viewers changed. */
    record Notice(String origin, String boardId, String json, String excludeUserId) {
    }

    private final RedisConnections redis;
    private final String origin = UUID.randomUUID().toString();
    private StatefulRedisPubSubConnection<String, String> subscriber;
    private Receiver receiver;

    public RedisPresenceRelay(RedisConnections redis) {
        this.redis = redis;
    }

    @Override
    public void start(Receiver newReceiver) {
        this.receiver = newReceiver;
        subscriber = redis.newSubscriber();
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                received(message);
            }
        });
        subscriber.sync().subscribe(CHANNEL);
    }

    @Override
    public void toBoard(String boardId, String json, String excludeUserId) {
        receiver.deliver(boardId, json, excludeUserId);
        publish(new Notice(origin, boardId, json, excludeUserId));
    }

    @Override
    public void changed(String boardId) {
        publish(new Notice(origin, boardId, null, null));
    }

    private void publish(Notice notice) {
        redis.commands().publish(CHANNEL, Json.write(notice)).whenComplete((n, error) -> {
            if (error != null) {
                log.debug("Presence notice for {} not published: {}", notice.boardId(), error.toString());
            }
        });
    }

    private void received(String message) {
        Notice notice;
        try {
            notice = Json.MAPPER.readValue(message, Notice.class);
        } catch (RuntimeException e) {
            log.warn("Ignoring a message on {} that is not a presence notice", CHANNEL);
            return;
        }
        if (origin.equals(notice.origin())) {
            return; // ours, already delivered here
        }
        if (notice.json() == null) {
            receiver.changed(notice.boardId());
        } else {
            receiver.deliver(notice.boardId(), notice.json(), notice.excludeUserId());
        }
    }

    @Override
    public void close() {
        if (subscriber != null) {
            try {
                subscriber.close();
            } catch (RuntimeException e) {
                log.debug("Closing the presence subscriber failed", e);
            }
        }
    }
}
