package taskboard.presence;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.testing.TestServer;
import taskboard.websocket.WebSocketPlugin;
import taskboard.websocket.testing.RawWebSocket;
import taskboard.websocket.testing.SignIn;
import taskboard.websocket.testing.WsClient;

/**
 * L15's presence contract and exercises, over real WebSockets: viewers deduplicated by user,
 * first-in/last-out announcements, typing that never echoes and expires, no ghosts, counts.
 */
@Timeout(30)
public abstract class PresenceContract {
    protected TestServer server;
    private final List<WsClient> sockets = new ArrayList<>();

    protected abstract Stage stage();

    /** More settings for the server under test (e.g. REDIS_URL). */
    protected Settings configure(Settings settings) {
        return settings;
    }

    @BeforeEach
    void startServer() {
        server = TestServer.start(stage(), s -> configure(s
                .tune(Presence.Config.class, c -> {
                    c.lease = Duration.ofMillis(1500);
                    c.renewEvery = Duration.ofMillis(300);
                    c.typingTimeout = Duration.ofMillis(600);
                })
                .tune(WebSocketPlugin.Config.class, c -> c.pingInterval = Duration.ofSeconds(1))));
    }

    @AfterEach
    void stopServer() {
        sockets.forEach(WsClient::close);
        server.close();
    }

    @Test
    void the_joiner_gets_the_viewer_list_and_the_others_get_user_joined() {
        WsClient bob = join("user-bob");
        assertEquals(List.of("user-bob"), viewerIds(bob.next("presence")));

        WsClient alice = join("user-alice");
        JsonNode presence = alice.next("presence");
        assertEquals(List.of("user-bob", "user-alice"), viewerIds(presence), "longest present first");
        assertEquals("Bob", presence.get("viewers").get(0).get("name").asString());

        JsonNode joined = bob.next("user_joined");
        assertEquals("user-alice", joined.get("userId").asString());
        assertEquals("Alice", joined.get("name").asString());
        assertEquals(2, joined.get("viewers").asInt());
    }

    @Test
    void exercise_15_1_two_tabs_are_one_viewer_and_closing_one_sends_no_user_left() {
        WsClient bob = join("user-bob");
        bob.next("presence");
        WsClient aliceTab1 = join("user-alice");
        aliceTab1.next("presence");
        assertEquals("user-alice", bob.next("user_joined").get("userId").asString());

        WsClient aliceTab2 = join("user-alice");
        assertEquals(List.of("user-bob", "user-alice"), viewerIds(aliceTab2.next("presence")), "Alice once");
        aliceTab2.close();
        aliceTab1.sendJson("type", "leave", "boardId", "board-1");

        // Had the second tab been announced, Bob's next message would be its user_joined or user_left.
        JsonNode left = bob.next("user_left");
        assertEquals("user-alice", left.get("userId").asString());
        assertEquals(1, left.get("viewers").asInt());
    }

    @Test
    void exercise_15_2_typing_reaches_the_others_never_the_sender_and_expires() {
        WsClient alice = join("user-alice");
        alice.next("presence");
        WsClient bob = join("user-bob");
        bob.next("presence");
        alice.next("user_joined");

        alice.sendJson("type", "typing", "boardId", "board-1", "taskId", "task-1");
        alice.sendJson("type", "typing", "boardId", "board-1", "taskId", "task-1"); // a renewal says nothing new
        JsonNode typing = bob.next("user_typing");
        assertEquals("user-alice", typing.get("userId").asString());
        assertEquals("task-1", typing.get("taskId").asString());
        JsonNode stopped = bob.next("user_stopped_typing"); // nobody renewed it: it expired by itself
        assertEquals("user-alice", stopped.get("userId").asString());

        alice.sendJson("type", "ping");
        alice.next("pong");
        assertTrue(alice.received().stream().noneMatch(m -> m.path("type").asString("").startsWith("user_")
                && !m.path("type").asString("").equals("user_joined")), "the sender hears nothing of its own typing: " + alice.received());
    }

    @Test
    void stop_typing_ends_it_at_once_and_typing_again_starts_it_again() {
        WsClient alice = join("user-alice");
        WsClient bob = join("user-bob");
        bob.next("presence");

        alice.sendJson("type", "typing", "boardId", "board-1");
        bob.next("user_typing");
        alice.sendJson("type", "stop_typing", "boardId", "board-1");
        bob.next("user_stopped_typing");
        alice.sendJson("type", "typing", "boardId", "board-1");
        assertEquals("user-alice", bob.next("user_typing").get("userId").asString());
    }

    @Test
    void typing_on_a_board_not_joined_or_without_a_board_is_an_error_and_the_socket_stays_open() {
        WsClient alice = SignIn.socket(server, "user-alice");
        sockets.add(alice);
        alice.sendJson("type", "typing", "boardId", "board-1");
        assertTrue(alice.next().get("error").asString().contains("Join board 'board-1'"));
        alice.sendJson("type", "typing");
        JsonNode invalid = alice.next();
        assertEquals("typing", invalid.get("messageType").asString(), invalid.toString());
        alice.sendJson("type", "ping");
        alice.next("pong");
    }

    @Test
    void a_socket_that_stops_answering_drops_out_and_the_others_are_told() {
        WsClient bob = join("user-bob");
        bob.next("presence");
        String token = SignIn.token(server, "user-alice");
        try (RawWebSocket silent = RawWebSocket.connect(server.port(), "/ws?token=" + token, "dGhlIHNhbXBsZSBub25jZQ==", 0)) {
            silent.readTextFrame(); // connected
            silent.sendText("{\"type\":\"join\",\"boardId\":\"board-1\"}");
            assertEquals("user-alice", bob.next("user_joined").get("userId").asString());
            // It never answers a ping: the heartbeat terminates it and presence lets it go.
            JsonNode left = bob.nextOfType("user_left");
            assertEquals("user-alice", left.get("userId").asString());
        }
        await().atMost(5, SECONDS).until(() -> viewers("board-1") == 1);
    }

    @Test
    void exercise_15_3_viewer_counts_for_monitoring_count_users_not_sockets() {
        WsClient bob = join("user-bob");
        join("user-alice");
        join("user-alice");
        await().atMost(5, SECONDS).until(() -> viewers("board-1") == 2);
        JsonNode counts = server.http().get("/admin/viewers").json();
        assertEquals(2, counts.get("total").asInt(), counts.toString());

        bob.close();
        await().atMost(5, SECONDS).until(() -> viewers("board-1") == 1);
    }

    protected WsClient join(String userId) {
        WsClient socket = SignIn.joined(server, userId, "board-1");
        sockets.add(socket);
        return socket;
    }

    protected int viewers(String boardId) {
        // -1 while the counts are unavailable (a 503 during a Redis outage): a waiting test keeps waiting.
        var response = server.http().get("/admin/viewers");
        return response.status() == 200 ? response.json().path("boards").path(boardId).asInt(0) : -1;
    }

    protected static List<String> viewerIds(JsonNode presence) {
        List<String> ids = new ArrayList<>();
        presence.get("viewers").forEach(v -> ids.add(v.get("userId").asString()));
        return ids;
    }
}
