package taskboard.scaling;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.patterns.EventBusContract;
import taskboard.patterns.Stage05;
import taskboard.testing.EmbeddedRedis;

/** L14's contract holds on the Redis bus too (REDIS_URL set, one instance). */
class RedisEventBusIT extends EventBusContract {
    private static EmbeddedRedis redis;

    @BeforeAll
    static void startRedis() {
        redis = EmbeddedRedis.launch();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @Override
    protected Stage stage() {
        return Stage05.STAGE;
    }

    @Override
    protected Settings configure(Settings settings) {
        return settings.withEnv(Scaling.REDIS_URL, redis.url());
    }
}
