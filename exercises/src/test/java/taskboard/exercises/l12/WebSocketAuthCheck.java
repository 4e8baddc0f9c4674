package taskboard.exercises.l12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import taskboard.exercises.testing.ExerciseFailures;
import taskboard.exercises.testing.WsProbe;
import taskboard.sse.Stage03;
import taskboard.testing.TestServer;
import tools.jackson.databind.JsonNode;

/** L12: the student's authenticated socket on checkpoint 03-sse; board-2 is Alice's only. */
@Tag("L12")
@Timeout(20)
@ExtendWith(ExerciseFailures.class)
class WebSocketAuthCheck {
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(Stage03.STAGE.with(AuthenticatedSocket.class, AuthenticatedSocket::new),
                s -> s.tune(AuthenticatedSocket.Config.class, c -> c.boardMembers = Map.of(
                        "board-1", Set.of("user-alice", "user-bob"), "board-2", Set.of("user-alice"))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @Tag("ex12.1")
    void exercise_12_1_no_credentials_closes_with_4001() {
        WsProbe anonymous = WsProbe.connect(server.wsUrl("/ws"));
        assertEquals(4001, anonymous.closeCode(), "a socket without credentials is closed with 4001");
        WsProbe forged = WsProbe.connect(server.wsUrl("/ws?token=forged"));
        assertEquals(4001, forged.closeCode(), "so is one with a token that names no session");
    }

    @Test
    @Tag("ex12.2")
    void exercise_12_2_a_token_in_the_url_authenticates() {
        try (WsProbe alice = WsProbe.connect(server.wsUrl("/ws?token=" + signIn("user-alice")))) {
            JsonNode welcome = alice.next("the welcome of an authenticated socket");
            assertEquals("user-alice", welcome.path("userId").asString(), welcome.toString());
        }
    }

    @Test
    @Tag("ex12.3")
    void exercise_12_3_refuses_boards_the_user_may_not_see_and_foreign_origins() {
        try (WsProbe bob = WsProbe.connect(server.wsUrl("/ws?token=" + signIn("user-bob")));
             WsProbe alice = WsProbe.connect(server.wsUrl("/ws?token=" + signIn("user-alice")))) {
            bob.next("Bob's welcome");
            alice.next("Alice's welcome");
            JsonNode refused = bob.send("{\"type\":\"join\",\"boardId\":\"board-2\"}").next("an answer to Bob's join");
            assertTrue(refused.path("error").asString("").startsWith("Forbidden"), "Bob may not see board-2: " + refused);
            assertEquals("joined", alice.send("{\"type\":\"join\",\"boardId\":\"board-2\"}").next("Alice's join")
                    .path("type").asString(), "Alice may");
            assertEquals("joined", bob.send("{\"type\":\"join\",\"boardId\":\"board-1\"}").next("Bob's join of board-1")
                    .path("type").asString(), "and Bob may join his own board");
        }
        String token = signIn("user-alice");
        WsProbe hijack = WsProbe.connect(server.wsUrl("/ws?token=" + token), "Origin", "http://evil.example");
        assertEquals(4003, hijack.closeCode(), "a page from another site may not open the socket");
        try (WsProbe own = WsProbe.connect(server.wsUrl("/ws?token=" + token), "Origin", "http://localhost:3000")) {
            assertEquals("welcome", own.next("the welcome for an allowed origin").path("type").asString());
        }
    }

    private String signIn(String userId) {
        var response = server.http().post("/sessions", json("userId", userId));
        assertEquals(201, response.status(), response.body());
        return response.json().get("token").asString();
    }
}
