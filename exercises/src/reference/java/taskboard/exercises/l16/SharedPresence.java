package taskboard.exercises.l16;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * L16 exercise 3: presence across servers. Each instance writes its viewers into the shared store as
 * leases (who, on which board, from which instance, until when); every instance reads the union.
 * A crashed instance never says goodbye, so its leases simply expire: no ghost viewers. In Redis a
 * sorted set per board fits: member "userId|instanceId", score = expiry time in milliseconds.
 */
public final class SharedPresence implements AutoCloseable {
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> redis;
    private final String instanceId;

    public SharedPresence(String redisUrl, String instanceId) {
        this.client = RedisClient.create(redisUrl);
        this.connection = client.connect();
        this.redis = connection.sync();
        this.instanceId = instanceId;
    }

    static String key(String boardId) {
        return "presence:" + boardId;
    }

    /** A user views a board through this instance, until {@code now + lease} unless renewed (joined again). */
    public void join(String boardId, String userId, Instant now, Duration lease) {
        redis.zadd(key(boardId), (double) now.plus(lease).toEpochMilli(), userId + "|" + instanceId);
    }

    /** The user left this instance's view of the board (their other instances still count). */
    public void leave(String boardId, String userId) {
        redis.zrem(key(boardId), userId + "|" + instanceId);
    }

    /** Every user viewing the board through any instance at {@code now}, once each, sorted. */
    public List<String> viewers(String boardId, Instant now) {
        List<String> live = redis.zrangebyscore(key(boardId),
                io.lettuce.core.Range.from(io.lettuce.core.Range.Boundary.excluding((double) now.toEpochMilli()),
                        io.lettuce.core.Range.Boundary.unbounded()));
        return live.stream().map(member -> member.substring(0, member.lastIndexOf('|'))).distinct().sorted().toList();
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
