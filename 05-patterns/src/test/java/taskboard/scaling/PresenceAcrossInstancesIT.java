package taskboard.scaling;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import taskboard.patterns.Stage05;
import taskboard.presence.Presence;
import taskboard.testing.EmbeddedRedis;
import taskboard.testing.TestServer;
import taskboard.websocket.testing.SignIn;
import taskboard.websocket.testing.WsClient;

/** L16 exercise 3: presence shared through Redis, so both instances show the same viewers. */
@Timeout(60)
class PresenceAcrossInstancesIT {
    private static EmbeddedRedis redis;
    private TwoInstances two;
    private final List<WsClient> sockets = new ArrayList<>();

    @BeforeAll
    static void startRedis() {
        redis = EmbeddedRedis.launch();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void startInstances() {
        redis.flush();
        two = TwoInstances.start(Stage05.STAGE, redis, s -> s.tune(Presence.Config.class, c -> {
            c.lease = Duration.ofMillis(1500);
            c.renewEvery = Duration.ofMillis(300);
            c.typingTimeout = Duration.ofSeconds(5);
        }));
    }

    @AfterEach
    void stopInstances() {
        sockets.forEach(WsClient::close);
        two.close();
    }

    @Test
    void exercise_16_3_presence_lists_merge_both_instances_and_stay_deduplicated() {
        WsClient aliceOnA = join(two.a, "user-alice");
        aliceOnA.next("presence");
        WsClient bobOnB = join(two.b, "user-bob");
        assertEquals(List.of("user-alice", "user-bob"), ids(bobOnB.next("presence")), "B sees A's viewer");
        assertEquals("user-bob", aliceOnA.next("user_joined").get("userId").asString(), "A hears of B's joiner");

        WsClient aliceOnB = join(two.b, "user-alice"); // a second tab, on the other instance
        assertEquals(List.of("user-alice", "user-bob"), ids(aliceOnB.next("presence")));
        aliceOnA.close();
        aliceOnB.sendJson("type", "leave", "boardId", "board-1");
        JsonNode left = bobOnB.next("user_left"); // not before: Alice had a socket left until now
        assertEquals("user-alice", left.get("userId").asString());
        await().atMost(5, SECONDS).until(() -> viewers(two.a) == 1 && viewers(two.b) == 1);
    }

    @Test
    void typing_on_a_reaches_viewers_on_b_and_never_the_sender() {
        WsClient alice = join(two.a, "user-alice");
        alice.next("presence");
        WsClient bob = join(two.b, "user-bob");
        bob.next("presence");
        alice.next("user_joined");

        alice.sendJson("type", "typing", "boardId", "board-1", "taskId", "task-2");
        JsonNode typing = bob.next("user_typing");
        assertEquals("user-alice", typing.get("userId").asString());
        alice.sendJson("type", "stop_typing", "boardId", "board-1");
        bob.next("user_stopped_typing");
        alice.sendJson("type", "ping");
        alice.next("pong");
        assertTrue(alice.received().stream().noneMatch(m -> m.path("type").asString("").contains("typing")),
                alice.received().toString());
    }

    @Test
    void the_viewers_of_an_instance_that_dies_disappear_within_the_lease() {
        WsClient bob = join(two.b, "user-bob");
        bob.next("presence");
        join(two.a, "user-alice").next("presence");
        assertEquals("user-alice", bob.next("user_joined").get("userId").asString());
        await().atMost(5, SECONDS).until(() -> viewers(two.b) == 2);

        // A dies without a word: its presence stops renewing and nobody removes its entries.
        two.a.services().find(Presence.class).orElseThrow().close();

        JsonNode left = bob.next("user_left"); // the lease ran out on B's side
        assertEquals("user-alice", left.get("userId").asString());
        assertEquals(1, viewers(two.b));
    }

    private WsClient join(TestServer server, String userId) {
        WsClient socket = SignIn.joined(server, userId, "board-1");
        sockets.add(socket);
        return socket;
    }

    private static int viewers(TestServer server) {
        return server.http().get("/admin/viewers").json().path("boards").path("board-1").asInt(0);
    }

    private static List<String> ids(JsonNode presence) {
        List<String> ids = new ArrayList<>();
        presence.get("viewers").forEach(v -> ids.add(v.get("userId").asString()));
        return ids;
    }
}
