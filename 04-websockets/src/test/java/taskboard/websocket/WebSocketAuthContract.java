package taskboard.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.data.Timestamps;
import taskboard.testing.Http;
import taskboard.testing.TestServer;
import taskboard.websocket.auth.Sessions;
import taskboard.websocket.testing.RawWebSocket;
import taskboard.websocket.testing.SignIn;
import taskboard.websocket.testing.TyrusClient;
import taskboard.websocket.testing.WsClient;
import tools.jackson.databind.JsonNode;

/**
 * L12: signing in, and a socket's three ways to authenticate, board access and the Origin check.
 * Written once; run against 04-websockets (WebSocketAuthIT) and every later checkpoint.
 */
@Timeout(40)
public abstract class WebSocketAuthContract {
    protected TestServer server;
    protected Http http;

    protected abstract Stage stage();

    protected UnaryOperator<Settings> settings() {
        return s -> s.tune(WebSocketPlugin.Config.class, c -> c.authDeadline = Duration.ofMillis(500));
    }

    @BeforeEach
    void startServer() {
        server = TestServer.start(stage(), settings());
        http = server.http();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void signing_in_returns_a_token_and_sets_an_http_only_same_site_session_cookie() {
        var response = http.post("/auth/login", json("email", "alice@example.com", "password", "alice-password"));
        assertEquals(200, response.status(), response.body());
        String token = response.json().get("token").asString();
        assertEquals("user-alice", response.json().get("user").get("id").asString());
        String cookie = response.header("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("session=" + token), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);

        assertEquals("Alice", http.get("/auth/me", "Cookie", "session=" + token).json().get("name").asString());
        assertEquals("Alice", http.get("/auth/me", "Authorization", "Bearer " + token).json().get("name").asString());
    }

    @Test
    void bad_credentials_answer_401_and_bad_bodies_400() {
        var wrong = http.post("/auth/login", json("email", "alice@example.com", "password", "guess"));
        assertEquals(401, wrong.status(), wrong.body());
        assertEquals("Invalid email or password", wrong.json().get("error").asString());
        var unknown = http.post("/auth/login", json("email", "mallory@example.com", "password", "alice-password"));
        assertEquals(401, unknown.status(), unknown.body());
        assertEquals(wrong.body(), unknown.body(), "the answer does not reveal which emails exist");

        var missing = http.post("/auth/login", json("email", "alice@example.com"));
        assertEquals(400, missing.status(), missing.body());
        assertEquals("password", missing.json().get("issues").get(0).get("path").asString());
        assertEquals(400, http.post("/auth/login", "{oops").status());
        assertEquals(401, http.get("/auth/me").status());
    }

    @Test
    void signing_out_ends_the_session_for_rest_and_sockets() {
        String token = http.post("/auth/login", json("email", "bob@example.com", "password", "bob-password"))
                .json().get("token").asString();
        assertEquals(200, http.get("/auth/me", "Cookie", "session=" + token).status());
        WsClient open = WsClient.open(server.wsUrl("/ws?token=" + token));
        open.next("connected");
        assertEquals(204, http.post("/auth/logout", "", "Cookie", "session=" + token).status());
        assertEquals(new WsClient.Closed(CloseCodes.UNAUTHORIZED, Sessions.INVALID_SESSION), open.awaitClose(),
                "a socket signed in with the session ends with it");
        open.close();

        var after = http.get("/auth/me", "Cookie", "session=" + token);
        assertEquals(401, after.status());
        assertEquals(Sessions.INVALID_SESSION, after.json().get("error").asString());
        try (WsClient socket = WsClient.open(server.wsUrl("/ws?token=" + token))) {
            assertEquals(new WsClient.Closed(CloseCodes.UNAUTHORIZED, Sessions.INVALID_SESSION), socket.awaitClose());
        }
    }

    @Test
    void exercise_12_1_a_socket_without_credentials_is_closed_with_4001_unauthorized_after_the_deadline() {
        try (WsClient socket = WsClient.open(server.wsUrl("/ws"))) {
            assertEquals(new WsClient.Closed(CloseCodes.UNAUTHORIZED, Sessions.UNAUTHORIZED), socket.awaitClose());
            assertTrue(socket.received().isEmpty(), "no welcome without a session");
        }
    }

    @Test
    void a_socket_that_sends_anything_but_auth_first_is_closed_with_4001() {
        try (WsClient socket = WsClient.open(server.wsUrl("/ws"))) {
            socket.sendJson("type", "join", "boardId", "board-1");
            assertEquals(new WsClient.Closed(CloseCodes.UNAUTHORIZED, Sessions.UNAUTHORIZED), socket.awaitClose());
        }
    }

    @Test
    void exercise_12_2_a_token_in_the_url_signs_the_socket_in() {
        String token = SignIn.token(server, "user-bob");
        try (WsClient socket = WsClient.open(server.wsUrl("/ws?token=" + token))) {
            assertEquals("user-bob", socket.next("connected").get("userId").asString());
        }
    }

    @Test
    void the_session_cookie_sent_with_the_upgrade_signs_the_socket_in() throws Exception {
        String token = SignIn.token(server, "user-alice");
        try (TyrusClient socket = TyrusClient.open(server.wsUrl("/ws"), Map.of("Cookie", "session=" + token))) {
            JsonNode welcome = socket.next();
            assertEquals("connected", welcome.get("type").asString());
            assertEquals("user-alice", welcome.get("userId").asString());
        }
    }

    @Test
    void a_first_auth_message_within_the_deadline_signs_the_socket_in() {
        try (WsClient socket = WsClient.open(server.wsUrl("/ws"))) {
            socket.sendJson("type", "auth", "token", SignIn.token(server, "user-alice"));
            assertEquals("user-alice", socket.next("connected").get("userId").asString());
            socket.sendJson("type", "auth", "token", SignIn.token(server, "user-bob"));
            assertEquals("Already authenticated", socket.next().get("error").asString());
            socket.sendJson("type", "ping");
            socket.next("pong");
        }
    }

    @Test
    void an_unknown_or_expired_session_is_closed_with_4001_invalid_session() {
        try (WsClient socket = WsClient.open(server.wsUrl("/ws?token=not-a-session"))) {
            assertEquals(new WsClient.Closed(CloseCodes.UNAUTHORIZED, Sessions.INVALID_SESSION), socket.awaitClose());
        }
        String expired = "expired-token";
        server.services().database().inTransaction(c -> {
            try (var st = c.prepareStatement("INSERT INTO sessions (token, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
                st.setString(1, expired);
                st.setString(2, "user-alice");
                st.setString(3, Timestamps.format(Instant.now().minusSeconds(7200)));
                st.setString(4, Timestamps.format(Instant.now().minusSeconds(3600)));
                return st.executeUpdate();
            }
        });
        try (WsClient socket = WsClient.open(server.wsUrl("/ws"))) {
            socket.sendJson("type", "auth", "token", expired);
            assertEquals(new WsClient.Closed(CloseCodes.UNAUTHORIZED, Sessions.INVALID_SESSION), socket.awaitClose());
        }
    }

    @Test
    void the_session_of_a_deleted_user_is_closed_with_4001_user_not_found() {
        String token = SignIn.token(server, "user-bob");
        server.services().database().inTransaction(c -> {
            try (var st = c.prepareStatement("DELETE FROM users WHERE id = 'user-bob'")) {
                return st.executeUpdate();
            }
        });
        try (WsClient socket = WsClient.open(server.wsUrl("/ws?token=" + token))) {
            assertEquals(new WsClient.Closed(CloseCodes.UNAUTHORIZED, Sessions.USER_NOT_FOUND), socket.awaitClose());
        }
    }

    @Test
    void exercise_12_3_joining_a_board_the_user_may_not_see_is_refused_with_4003() {
        try (WsClient alice = SignIn.socket(server, "user-alice"); WsClient bob = SignIn.socket(server, "user-bob")) {
            alice.sendJson("type", "join", "boardId", "board-private");
            assertEquals("board-private", alice.next("joined").get("boardId").asString());

            bob.sendJson("type", "join", "boardId", "board-private");
            JsonNode refused = bob.next();
            assertEquals(CloseCodes.FORBIDDEN, refused.get("code").asInt(), refused.toString());
            assertEquals("board-private", refused.get("boardId").asString());
            bob.sendJson("type", "join", "boardId", "board-1");
            bob.next("joined"); // still open, and still allowed where it may go
        }
    }

    @Test
    void exercise_12_3_a_handshake_from_a_foreign_origin_is_refused() {
        String token = SignIn.token(server, "user-alice");
        try (RawWebSocket evil = RawWebSocket.connect(server.port(), "/ws?token=" + token, "dGhlIHNhbXBsZSBub25jZQ==", 0,
                "Origin", "http://evil.example")) {
            assertEquals(403, evil.handshake().status(), evil.handshake().statusLine());
        }
        try (WsClient same = WsClient.open(server.wsUrl("/ws?token=" + token), "Origin", server.baseUrl())) {
            same.next("connected");
        }
        try (WsClient dev = WsClient.open(server.wsUrl("/ws?token=" + token), "Origin", "http://localhost:3000")) {
            dev.next("connected");
        }
    }
}
