package taskboard.exercises.l09;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import taskboard.exercises.l09.MessageTypes.Direction;
import taskboard.exercises.l09.SseOrWebSocket.Capability;
import taskboard.exercises.testing.ExerciseFailures;
import taskboard.sse.Stage03;
import taskboard.testing.TestServer;

/** L9: the handshake against a real server, and the lesson's two tables as checked answers. */
@Tag("L9")
@Timeout(20)
@ExtendWith(ExerciseFailures.class)
class HowWebSocketsWorkCheck {

    /** A WebSocket route to shake hands with. */
    public static final class Echo extends Plugin<Void> {
        public Echo(taskboard.app.Services services) {
        }

        @Override
        public void onStart(JavalinState state) {
            state.routes.ws("/echo", ws -> ws.onMessage(ctx -> ctx.send(ctx.message())));
        }
    }

    @Test
    @Tag("ex9.1")
    void exercise_9_1_computes_the_accept_key_the_server_answers() throws Exception {
        assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", AcceptKey.of("dGhlIHNhbXBsZSBub25jZQ=="), "RFC 6455's example");

        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String key = Base64.getEncoder().encodeToString(nonce);
        try (TestServer server = TestServer.start(Stage03.STAGE.with(Echo.class, Echo::new));
             Socket socket = new Socket("localhost", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /echo HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String status = in.readLine();
            Map<String, String> headers = new HashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).trim());
            }
            assertTrue(status.startsWith("HTTP/1.1 101"), "the server switches protocols: " + status);
            assertEquals(headers.get("sec-websocket-accept"), AcceptKey.of(key),
                    "your accept key for a random key matches the real server's");
        }
    }

    @Test
    @Tag("ex9.2")
    void exercise_9_2_knows_which_way_each_message_goes() {
        for (String type : new String[] {"auth", "join", "leave", "ping", "typing", "stop_typing"}) {
            assertEquals(Direction.CLIENT_TO_SERVER, MessageTypes.direction(type), type);
        }
        for (String type : new String[] {"joined", "user_joined", "user_left", "presence", "pong", "user_typing",
                "task_created", "task_updated", "task_moved", "task_deleted"}) {
            assertEquals(Direction.SERVER_TO_CLIENT, MessageTypes.direction(type), type);
        }
        assertThrows(IllegalArgumentException.class, () -> MessageTypes.direction("teleport"), "unknown types are refused");
    }

    @Test
    @Tag("ex9.3")
    void exercise_9_3_knows_what_only_one_of_sse_and_websockets_can_do() {
        assertEquals(Set.of(Capability.CLIENT_SENDS_ON_THE_SAME_CONNECTION, Capability.BINARY_MESSAGES),
                SseOrWebSocket.onlyWebSocket(), "WebSocket is full duplex and carries binary frames");
        assertEquals(Set.of(Capability.RECONNECTS_BY_ITSELF, Capability.RESUMES_FROM_LAST_EVENT_ID,
                Capability.PLAIN_HTTP_RESPONSE), SseOrWebSocket.onlySse(),
                "EventSource reconnects and resumes by itself, over a plain HTTP response");
        Set<Capability> both = EnumSet.allOf(Capability.class);
        both.removeAll(SseOrWebSocket.onlyWebSocket());
        both.removeAll(SseOrWebSocket.onlySse());
        assertEquals(Set.of(Capability.SERVER_PUSH), both, "both push from the server");
        assertFalse(SseOrWebSocket.onlySse().contains(Capability.SERVER_PUSH));
    }
}
