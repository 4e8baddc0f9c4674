package taskboard.websocket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.testing.TestServer;
import taskboard.websocket.testing.RawWebSocket;
import taskboard.websocket.testing.SignIn;
import taskboard.websocket.testing.WsClient;
import tools.jackson.databind.JsonNode;

/**
 * L9-L10: the handshake and the message protocol. Written once; run against 04-websockets
 * (WebSocketIT) and every later checkpoint, which must keep it.
 */
@Timeout(30)
public abstract class WebSocketContract {
    protected TestServer server;

    /** The checkpoint under test. */
    protected abstract Stage stage();

    /** Settings for this contract's server; later stages may add their own tuning. */
    protected UnaryOperator<Settings> settings() {
        return s -> s.tune(WebSocketPlugin.Config.class, c -> c.maxMessageBytes = 4096);
    }

    @BeforeEach
    void startServer() {
        server = TestServer.start(stage(), settings());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void exercise_9_1_the_raw_upgrade_answers_101_with_rfc_6455s_accept_key() {
        String token = SignIn.token(server, "user-alice");
        try (RawWebSocket raw = RawWebSocket.connect(server.port(), "/ws?token=" + token, "dGhlIHNhbXBsZSBub25jZQ==", 0)) {
            RawWebSocket.Handshake answer = raw.handshake();
            assertEquals(101, answer.status(), answer.statusLine());
            assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", answer.header("Sec-WebSocket-Accept"));
            assertEquals("websocket", answer.header("Upgrade").toLowerCase());
            assertTrue(raw.readTextFrame().contains("\"type\":\"connected\""), "the welcome follows the handshake");
        }
    }

    @Test
    void the_socket_answers_on_the_root_path_too() {
        try (WsClient client = WsClient.open(server.wsUrl("/?token=" + SignIn.token(server, "user-bob")))) {
            assertEquals("user-bob", client.next("connected").get("userId").asString());
        }
    }

    @Test
    void exercise_10_1_welcomes_a_new_socket_with_who_it_is() {
        try (WsClient client = WsClient.open(server.wsUrl("/ws?token=" + SignIn.token(server, "user-alice")))) {
            JsonNode welcome = client.next();
            assertEquals("connected", welcome.get("type").asString());
            assertEquals("user-alice", welcome.get("userId").asString());
            assertEquals("Alice", welcome.get("name").asString());
        }
    }

    @Test
    void exercise_10_2_invalid_json_answers_an_error_and_keeps_the_socket_open() {
        try (WsClient client = SignIn.socket(server, "user-alice")) {
            client.send("{not json");
            assertEquals("{\"error\":\"Invalid JSON\"}", client.next().toString());
            client.send("");
            assertEquals("Invalid JSON", client.next().get("error").asString());
            client.sendJson("type", "ping");
            client.next("pong");
            assertFalse(client.isClosed());
        }
    }

    @Test
    void exercise_10_3_ping_answers_pong() {
        try (WsClient client = SignIn.socket(server, "user-alice")) {
            client.sendJson("type", "ping");
            assertEquals("{\"type\":\"pong\"}", client.next().toString());
        }
    }

    @Test
    void an_unknown_type_answers_an_error_naming_it_and_keeps_the_socket_open() {
        try (WsClient client = SignIn.socket(server, "user-alice")) {
            client.sendJson("type", "dance");
            assertEquals("Unknown message type: dance", client.next().get("error").asString());
            client.sendJson("type", "ping");
            client.next("pong");
        }
    }

    @Test
    void a_message_without_a_type_or_not_an_object_is_refused_with_issues() {
        try (WsClient client = SignIn.socket(server, "user-alice")) {
            client.sendJson("boardId", "board-1");
            JsonNode answer = client.next();
            assertEquals("Invalid message", answer.get("error").asString());
            assertEquals("type", answer.get("issues").get(0).get("path").asString(), answer.toString());
            client.send("[1,2]");
            assertEquals("Invalid message", client.next().get("error").asString());
            client.sendJson("type", "ping");
            client.next("pong");
        }
    }

    @Test
    void join_without_a_board_id_answers_an_error_naming_the_field_and_keeps_the_socket_open() {
        try (WsClient client = SignIn.socket(server, "user-alice")) {
            client.sendJson("type", "join");
            JsonNode answer = client.next();
            assertEquals("Invalid message", answer.get("error").asString());
            assertEquals("join", answer.get("messageType").asString());
            assertEquals("boardId", answer.get("issues").get(0).get("path").asString(), answer.toString());
            client.sendJson("type", "join", "boardId", "board-1");
            client.next("joined");
        }
    }

    @Test
    void a_binary_message_answers_an_error_and_keeps_the_socket_open() throws Exception {
        try (WsClient client = SignIn.socket(server, "user-alice")) {
            client.sendBinary(new byte[] {1, 2, 3});
            assertTrue(client.next().get("error").asString().contains("Binary"));
            client.sendJson("type", "ping");
            client.next("pong");
        }
    }

    @Test
    void a_message_over_the_size_limit_closes_the_socket_with_1009_and_the_server_stays_up() {
        try (WsClient client = SignIn.socket(server, "user-alice")) {
            client.sendJson("type", "ping", "padding", "x".repeat(5000));
            assertEquals(CloseCodes.MESSAGE_TOO_BIG, client.awaitClose().code());
        }
        try (WsClient again = SignIn.socket(server, "user-alice")) {
            again.sendJson("type", "ping");
            again.next("pong");
        }
    }

    @Test
    void a_closed_socket_is_removed_from_the_server() {
        Connections connections = server.services().component(Connections.class, Connections::new);
        WsClient client = SignIn.socket(server, "user-alice");
        assertEquals(1, connections.count());
        client.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> connections.count() == 0);
    }
}
