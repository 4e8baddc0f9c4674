package taskboard.exercises.l16;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import taskboard.exercises.Todo;

/**
 * L16 exercise 2: event ids that stay right with several servers. Each board's ids must be unique
 * and increasing across every instance (or Last-Event-ID means different things on different
 * servers), so they come from the one store the instances share, in one atomic step: Redis INCR.
 */
public final class GlobalEventIds implements AutoCloseable {
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> redis;

    /** One instance's connection to the shared Redis. */
    public GlobalEventIds(String redisUrl) {
        this.client = RedisClient.create(redisUrl);
        this.connection = client.connect();
        this.redis = connection.sync();
    }

    /** The board's next event id: 1, 2, 3... across every instance sharing the Redis. */
    public long next(String boardId) {
        // TODO(16.2): one atomic increment of a per-board key (redis.incr("event-ids:" + boardId)).
        throw Todo.exercise("16.2", "allocate the next id atomically in the shared store in GlobalEventIds.next",
                "L16", "05-patterns");
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
