package taskboard.scaling;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.patterns.Stage05;
import taskboard.presence.PresenceContract;
import taskboard.testing.EmbeddedRedis;

/** L15's contract holds with presence kept in Redis (REDIS_URL set, one instance). */
class RedisPresenceIT extends PresenceContract {
    private static EmbeddedRedis redis;

    @BeforeAll
    static void startRedis() {
        redis = EmbeddedRedis.launch();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void emptyRedis() {
        redis.flush();
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
