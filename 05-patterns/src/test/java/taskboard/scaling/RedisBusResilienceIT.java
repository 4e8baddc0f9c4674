package taskboard.scaling;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.scaling.CrossInstanceEventsIT.create;
import static taskboard.scaling.CrossInstanceEventsIT.ids;
import static taskboard.scaling.CrossInstanceEventsIT.subscribe;

import java.time.Duration;
import java.util.List;

import io.lettuce.core.RedisClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import taskboard.app.Json;
import taskboard.events.BoardEvent;
import taskboard.patterns.Stage05;
import taskboard.testing.EmbeddedRedis;
import taskboard.testing.TestServer;

/**
 * L16's Redis bus on one instance, with a plain Redis client playing "the other instance": events
 * that overtake others, junk on the channel, and an outage while mutations go on.
 */
@Timeout(60)
class RedisBusResilienceIT {
    private static EmbeddedRedis redis;
    private TestServer server;

    @BeforeAll
    static void startRedis() {
        redis = EmbeddedRedis.launch();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void startServer() {
        server = TestServer.start(Stage05.STAGE, s -> s.withEnv(Scaling.REDIS_URL, redis.url())
                .tune(RedisEventBus.Config.class, c -> c.catchUpInterval = Duration.ofMinutes(1))
                .tune(RedisConnections.Config.class, c -> c.maxReconnectDelay = Duration.ofMillis(200)));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void an_event_that_skips_ids_brings_the_missing_ones_from_the_log_first() {
        List<BoardEvent> seen = subscribe(server);
        long latest = server.services().eventLog().latestId("board-1");
        // Another instance wrote two events; only the second one's PUBLISH reaches us.
        BoardEvent first = writeForeignEvent(latest + 1);
        BoardEvent second = writeForeignEvent(latest + 2);
        publishRaw(Json.write(second));

        await().atMost(5, SECONDS).until(() -> seen.size() == 2);
        assertEquals(List.of(first.id(), second.id()), ids(seen), "the missing one first, from the log");
        publishRaw(Json.write(first)); // late duplicate
        create(server.http(), "Next");
        await().atMost(5, SECONDS).until(() -> seen.size() == 3);
        assertEquals(latest + 3, seen.get(2).id(), "the duplicate was dropped");
    }

    @Test
    void a_message_on_the_channel_that_is_not_a_board_event_is_ignored() {
        List<BoardEvent> seen = subscribe(server);
        publishRaw("not json at all");
        publishRaw("{\"unexpected\":true}");
        String id = create(server.http(), "Still delivered");
        await().atMost(5, SECONDS).until(() -> seen.size() == 1);
        assertEquals(id, seen.get(0).taskId());
    }

    @Test
    void during_a_redis_outage_mutations_commit_at_once_and_are_delivered_locally() {
        RedisEventBus bus = (RedisEventBus) server.services().delivery();
        List<BoardEvent> seen = subscribe(server);
        redis.stop();
        try {
            String id = create(server.http(), "While Redis is down");
            await().atMost(5, SECONDS).until(() -> seen.size() == 1);
            assertEquals(id, seen.get(0).taskId());
            await().atMost(5, SECONDS).until(() -> bus.publishFailures() >= 1);
        } finally {
            redis.restart();
        }
        await().atMost(15, SECONDS).until(() -> {
            create(server.http(), "After");
            return bus.received() >= 1; // reconnected and resubscribed: our PUBLISH came back
        });
        assertTrue(ids(seen).stream().distinct().count() == seen.size(), "nothing twice: " + ids(seen));
    }

    private BoardEvent writeForeignEvent(long id) {
        String json = "{\"type\":\"task_deleted\",\"boardId\":\"board-1\",\"taskId\":\"task-elsewhere-" + id + "\"}";
        BoardEvent event = new BoardEvent("board-1", id, "task_deleted", "task-elsewhere-" + id, json, "2026-01-01T00:00:00.000Z");
        server.services().database().inTransaction(c -> {
            try (var st = c.prepareStatement("INSERT INTO board_events (board_id, seq, type, task_id, payload, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                st.setString(1, event.boardId());
                st.setLong(2, event.id());
                st.setString(3, event.type());
                st.setString(4, event.taskId());
                st.setString(5, event.json());
                st.setString(6, event.at());
                return st.executeUpdate();
            }
        });
        return event;
    }

    private static void publishRaw(String message) {
        RedisClient client = RedisClient.create(redis.url());
        try (var connection = client.connect()) {
            connection.sync().publish(RedisEventBus.CHANNEL, message);
        } finally {
            client.shutdown();
        }
    }
}
