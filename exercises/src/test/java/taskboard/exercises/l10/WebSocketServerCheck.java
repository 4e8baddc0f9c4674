package taskboard.exercises.l10;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import taskboard.exercises.testing.Eventually;
import taskboard.exercises.testing.ExerciseFailures;
import taskboard.exercises.testing.WsProbe;
import taskboard.sse.Stage03;
import taskboard.testing.TestServer;
import tools.jackson.databind.JsonNode;

/** L10: the student's WebSocket server, mounted on checkpoint 03-sse, with the JDK's WebSocket client. */
@Tag("L10")
@Timeout(20)
@ExtendWith(ExerciseFailures.class)
class WebSocketServerCheck {
    private final AtomicReference<WebSocketServer> plugin = new AtomicReference<>();
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(Stage03.STAGE.with(WebSocketServer.class, services -> {
            plugin.set(new WebSocketServer(services));
            return plugin.get();
        }));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @Tag("ex10.1")
    void exercise_10_1_invalid_json_is_answered_and_the_socket_stays_open() {
        try (WsProbe socket = connect()) {
            JsonNode answer = socket.send("{not json").next("an answer to invalid JSON");
            assertEquals("Invalid JSON", answer.path("error").asString(), answer.toString());
            socket.expectNoneOfType("welcome", Duration.ofMillis(200));
            assertTrue(socket.isOpen(), "one bad message does not cost the connection");
            assertEquals(1, plugin.get().openSockets());
        }
    }

    @Test
    @Tag("ex10.2")
    void exercise_10_2_ping_is_answered_with_pong() {
        try (WsProbe socket = connect()) {
            assertEquals("pong", socket.send("{\"type\":\"ping\"}").next("pong").path("type").asString());
            assertEquals("pong", socket.send("{\"type\":\"ping\"}").next("a second pong").path("type").asString());
        }
    }

    @Test
    @Tag("ex10.3")
    void exercise_10_3_an_unknown_type_is_an_error_and_a_closed_socket_is_forgotten() {
        WsProbe socket = connect();
        JsonNode answer = socket.send("{\"type\":\"dance\"}").next("an error for an unknown type");
        assertTrue(answer.path("error").asString("").contains("dance"), "the error names the type: " + answer);
        assertTrue(socket.isOpen(), "the socket stays open");
        assertEquals(1, plugin.get().openSockets(), "one socket is open");
        socket.close();
        Eventually.until("the closed socket is forgotten", () -> plugin.get().openSockets() == 0);
    }

    private WsProbe connect() {
        WsProbe socket = WsProbe.connect(server.wsUrl("/ws"));
        assertEquals("welcome", socket.next("the welcome message").path("type").asString());
        return socket;
    }
}
