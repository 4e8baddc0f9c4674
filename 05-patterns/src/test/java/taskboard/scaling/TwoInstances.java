package taskboard.scaling;

import java.util.function.UnaryOperator;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.testing.EmbeddedRedis;
import taskboard.testing.TestServer;

/**
 * L16's setup for a test: two instances of a checkpoint on the same SQLite file, both with
 * REDIS_URL pointing at one real Redis, no load balancer: a client picks either.
 */
public final class TwoInstances implements AutoCloseable {
    public final TestServer a;
    public final TestServer b;

    private TwoInstances(TestServer a, TestServer b) {
        this.a = a;
        this.b = b;
    }

    public static TwoInstances start(Stage stage, EmbeddedRedis redis, UnaryOperator<Settings> tuning) {
        UnaryOperator<Settings> settings = s -> tuning.apply(s.withEnv(Scaling.REDIS_URL, redis.url()));
        TestServer a = TestServer.start(stage, settings);
        try {
            return new TwoInstances(a, a.sibling(stage, settings));
        } catch (RuntimeException e) {
            a.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            b.close();
        } finally {
            a.close();
        }
    }
}
