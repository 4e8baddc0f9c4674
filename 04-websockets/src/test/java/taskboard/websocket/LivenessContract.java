package taskboard.websocket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.events.BoardEvent;
import taskboard.testing.TestServer;
import taskboard.websocket.testing.RawWebSocket;
import taskboard.websocket.testing.SignIn;
import taskboard.websocket.testing.WsClient;
import tools.jackson.databind.JsonNode;

/**
 * L13 on the server: the heartbeat finds dead peers, and a peer that stops reading is dropped
 * without delaying anyone else. Written once; run against 04-websockets (LivenessIT) and later stages;
 * a later stage names the message types it adds ({@link #addedByLaterLessons()}), which the
 * contract's sockets pass over, so every other "the next message is..." check stays strict.
 */
@Timeout(40)
public abstract class LivenessContract {
    protected static final Duration PING = Duration.ofMillis(1000);
    protected static final int OUTBOX = 32;
    protected TestServer server;
    protected Rooms rooms;
    protected Connections connections;

    protected abstract Stage stage();

    protected UnaryOperator<Settings> settings() {
        return s -> s.tune(WebSocketPlugin.Config.class, c -> {
            c.pingInterval = PING;
            c.outboxLimit = OUTBOX;
            c.slowConsumerGrace = Duration.ofMillis(200);
        });
    }

    /** Message types a later lesson sends on top of L11's (e.g. L15's {@code presence}); 04 adds none. */
    protected Set<String> addedByLaterLessons() {
        return Set.of();
    }

    /** A signed-in socket that has joined {@code boardId} and passes over the later lessons' messages. */
    protected WsClient joined(String userId, String boardId) {
        WsClient client = SignIn.socket(server, userId).ignoring(addedByLaterLessons());
        client.sendJson("type", "join", "boardId", boardId);
        client.next("joined");
        return client;
    }

    @BeforeEach
    void startServer() {
        server = TestServer.start(stage(), settings());
        rooms = server.services().component(Rooms.class, () -> new Rooms(server.services().eventLog()));
        connections = server.services().component(Connections.class, Connections::new);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** A hand-made socket signed in as {@code userId} that joins board-1 and then never reads again. */
    private RawWebSocket silentMember(String userId, int receiveBuffer) {
        RawWebSocket raw = RawWebSocket.connect(server.port(), "/ws?token=" + SignIn.token(server, userId),
                "x3JJHMbDL1EzLkh9GBhXDw==", receiveBuffer);
        assertEquals(101, raw.handshake().status());
        raw.sendText("{\"type\":\"join\",\"boardId\":\"board-1\"}");
        return raw;
    }

    @Test
    void exercise_13_1_a_client_gone_silent_is_terminated_within_two_intervals_and_the_room_is_told() {
        try (WsClient alice = joined("user-alice", "board-1");
             RawWebSocket bob = silentMember("user-bob", 0)) {
            assertEquals("user-bob", alice.next("user_joined").get("userId").asString());
            long silentSince = System.nanoTime();

            JsonNode left = alice.nextOfType("user_left");
            Duration took = Duration.ofNanos(System.nanoTime() - silentSince);
            assertEquals("user-bob", left.get("userId").asString());
            assertTrue(took.compareTo(PING.multipliedBy(3)) < 0, "terminated after " + took + ", interval " + PING);
            assertEquals(1, rooms.viewers("board-1"));
        }
    }

    @Test
    void a_quiet_client_that_answers_pings_survives_many_intervals() {
        try (WsClient alice = joined("user-alice", "board-1")) {
            // Awaitility, not a sleep: poll the server's view of the socket for four intervals.
            await().pollDelay(PING.multipliedBy(4)).atMost(PING.multipliedBy(8))
                    .until(() -> connections.count() == 1);
            alice.sendJson("type", "ping");
            alice.next("pong");
            assertFalse(alice.isClosed());
        }
    }

    @Test
    void a_peer_that_stops_reading_is_dropped_once_its_outbox_is_full_and_never_delays_the_others() {
        // This test is about the outbox alone: a heartbeat that never fires cannot be what drops anyone.
        server.close();
        server = TestServer.start(stage(), s -> settings().apply(s)
                .tune(WebSocketPlugin.Config.class, c -> c.pingInterval = Duration.ofMinutes(10)));
        rooms = server.services().component(Rooms.class, () -> new Rooms(server.services().eventLog()));
        connections = server.services().component(Connections.class, Connections::new);
        try (WsClient alice = joined("user-alice", "board-1");
             RawWebSocket stalled = silentMember("user-bob", 4096)) {
            alice.next("user_joined");
            // Big events, one at a time as the healthy client reads them: the stalled peer's socket
            // buffers fill, then its outbox, while the healthy client never has more than one waiting.
            String padding = "x".repeat(60_000);
            long first = server.services().eventLog().latestId("board-1") + 1;
            long slowestPublish = 0;
            boolean toldLeft = false;
            for (int i = 0; i < 300; i++) {
                String json = "{\"type\":\"task_updated\",\"boardId\":\"board-1\",\"task\":{\"id\":\"task-1\",\"description\":\""
                        + padding + "\"},\"n\":" + i + "}";
                long started = System.nanoTime();
                server.services().delivery().publish(new BoardEvent("board-1", first + i, "task_updated", "task-1", json, "now"));
                slowestPublish = Math.max(slowestPublish, System.nanoTime() - started);
                JsonNode message = alice.next();
                if ("user_left".equals(message.get("type").asString())) {
                    assertEquals("user-bob", message.get("userId").asString());
                    toldLeft = true;
                    message = alice.next();
                }
                assertEquals(i, message.get("n").asInt(), "the healthy client gets every event, in order");
            }
            assertTrue(toldLeft, "the stalled peer was never dropped");
            await().atMost(Duration.ofSeconds(5)).until(() -> connections.count() == 1);
            assertTrue(Duration.ofNanos(slowestPublish).compareTo(Duration.ofSeconds(1)) < 0,
                    "a publish waited on the stalled peer: " + Duration.ofNanos(slowestPublish));
        }
    }
}
