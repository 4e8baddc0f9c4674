package taskboard.scaling;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.patterns.Stage05;
import taskboard.presence.PresenceContract;
import taskboard.testing.EmbeddedRedis;
import taskboard.websocket.testing.WsClient;

/** L15's contract holds with presence kept in Redis (REDIS_URL set, one instance), and heals after a Redis restart. */
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

    @Test
    void presence_heals_by_itself_after_a_redis_restart_that_lost_every_key() {
        join("user-alice").next("presence");
        join("user-bob").next("presence");
        await().atMost(5, SECONDS).until(() -> viewers("board-1") == 2);

        redis.stop();
        try {
            var refused = server.http().get("/admin/viewers");
            assertEquals(503, refused.status(), refused.body());
            assertTrue(refused.json().get("error").asString().startsWith("Viewer counts are unavailable"), refused.body());
        } finally {
            redis.restart(); // no persistence: every presence key is gone
        }
        await().atMost(10, SECONDS).until(() -> viewers("board-1") == 2); // rewritten by the renewals

        WsClient aliceAgain = join("user-alice");
        assertEquals(List.of("user-alice", "user-bob"), viewerIds(aliceAgain.next("presence")));
    }

    @Override
    protected Settings configure(Settings settings) {
        return settings.withEnv(Scaling.REDIS_URL, redis.url());
    }
}
