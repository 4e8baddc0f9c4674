package taskboard.capstone.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import taskboard.capstone.Stage06;
import taskboard.testing.Http;
import taskboard.testing.SseStream;
import taskboard.testing.TestServer;
import taskboard.websocket.CloseCodes;
import taskboard.websocket.testing.SignIn;
import taskboard.websocket.testing.WsClient;

/** L18: every board endpoint wants a signed-in member of the board; the answers say how to sign in. */
@Timeout(30)
class SignInGateIT {
    /** Every board endpoint of the capstone: method, path, body. */
    private static final List<String[]> BOARD_ENDPOINTS = List.of(
            new String[] {"GET", "/boards", null},
            new String[] {"GET", "/boards/board-1/tasks", null},
            new String[] {"GET", "/boards/board-1/lists", null},
            new String[] {"GET", "/boards/board-1/updates", null},
            new String[] {"GET", "/boards/board-1/webhooks", null},
            new String[] {"POST", "/tasks", json("title", "Sneaky", "listId", "list-todo")},
            new String[] {"PATCH", "/tasks/task-1", json("title", "Sneaky")},
            new String[] {"PATCH", "/tasks/task-1/move", json("listId", "list-done", "position", 0)},
            new String[] {"DELETE", "/tasks/task-2", null});

    private TestServer server;
    private Http http;
    private String alice;
    private String bob;

    @BeforeEach
    void start() {
        server = TestServer.start(Stage06.STAGE);
        http = server.http();
        alice = "Bearer " + SignIn.token(server, "user-alice");
        bob = "Bearer " + SignIn.token(server, "user-bob");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void every_board_endpoint_answers_401_without_a_session_and_says_how_to_sign_in() {
        for (String[] endpoint : BOARD_ENDPOINTS) {
            var refused = http.send(endpoint[0], endpoint[1], endpoint[2]);
            assertEquals(401, refused.status(), endpoint[0] + " " + endpoint[1] + ": " + refused.body());
            assertTrue(refused.json().get("error").asString().contains("POST /auth/login"), refused.body());
        }
        assertEquals("Design login page", server.services().tasks().find("task-1").orElseThrow().title(),
                "nothing changed");
        for (String[] endpoint : BOARD_ENDPOINTS) {
            var allowed = http.send(endpoint[0], endpoint[1], endpoint[2], "Authorization", alice);
            assertTrue(allowed.status() < 300, endpoint[0] + " " + endpoint[1] + " signed in: " + allowed);
        }
    }

    @Test
    void long_polls_and_event_streams_need_a_session_too() {
        assertEquals(401, http.get("/boards/board-1/poll").status());
        try (SseStream anonymous = SseStream.open(server.baseUrl() + "/boards/board-1/events");
             SseStream several = SseStream.open(server.baseUrl() + "/events?boards=board-1");
             SseStream signedIn = SseStream.open(server.baseUrl() + "/boards/board-1/events", "Authorization", alice)) {
            assertEquals(401, anonymous.status(), "refused before streaming starts");
            assertEquals(401, several.status());
            assertEquals(200, signedIn.status());
            assertEquals("connected", signedIn.next().type());
        }
    }

    @Test
    void a_session_cookie_works_like_the_bearer_token_and_a_bad_one_is_an_invalid_session() {
        String token = SignIn.token(server, "user-bob");
        assertEquals(200, http.get("/boards/board-1/tasks", "Cookie", "session=" + token).status());
        var invalid = http.get("/boards/board-1/tasks", "Cookie", "session=not-a-session");
        assertEquals(401, invalid.status(), invalid.body());
        assertTrue(invalid.json().get("error").asString().startsWith("Invalid session"), invalid.body());
    }

    @Test
    void a_user_who_may_not_see_a_board_gets_403_and_changes_nothing_there() {
        assertEquals(200, http.get("/boards/board-private/tasks", "Authorization", alice).status(), "alice is a member");
        var read = http.get("/boards/board-private/tasks", "Authorization", bob);
        assertEquals(403, read.status(), read.body());
        assertTrue(read.json().get("error").asString().contains("board-private"), read.body());

        var create = http.post("/tasks", json("title", "Bob's", "listId", "private-todo"), "Authorization", bob);
        assertEquals(403, create.status(), create.body());
        var created = http.post("/tasks", json("title", "Alice's", "listId", "private-todo"), "Authorization", alice);
        assertEquals(201, created.status(), created.body());
        String id = created.json().get("id").asString();

        assertEquals(403, http.patch("/tasks/" + id + "/move", json("listId", "private-done", "position", 0),
                "Authorization", bob).status());
        assertEquals(403, http.delete("/tasks/" + id, "Authorization", bob).status());
        assertEquals(403, http.get("/events?boards=board-1,board-private", "Authorization", bob).status());
        JsonNode tasks = http.get("/boards/board-private/tasks", "Authorization", alice).json().get("data");
        assertEquals(1, tasks.size(), "only alice's task, still in To Do: " + tasks);
        assertEquals("private-todo", tasks.get(0).get("listId").asString());
    }

    @Test
    void the_board_list_shows_the_boards_the_user_may_see() {
        List<String> aliceBoards = ids(http.get("/boards", "Authorization", alice).json().get("data"));
        List<String> bobBoards = ids(http.get("/boards", "Authorization", bob).json().get("data"));
        assertTrue(aliceBoards.containsAll(List.of("board-1", "board-private")), aliceBoards.toString());
        assertEquals(List.of("board-1"), bobBoards);
    }

    @Test
    void an_unknown_board_is_still_a_404_and_bad_input_still_a_400_for_a_signed_in_user() {
        assertEquals(404, http.get("/boards/board-nope/tasks", "Authorization", bob).status());
        assertEquals(400, http.post("/tasks", "{not json", "Authorization", bob).status());
        assertEquals(400, http.post("/tasks", json("title", "x", "listId", "list-nowhere"), "Authorization", bob).status());
    }

    @Test
    void health_sign_in_and_the_page_stay_open() {
        assertEquals(200, http.get("/health").status());
        var login = http.post("/auth/login", json("email", "bob@example.com", "password", "bob-password"));
        assertEquals(200, login.status(), login.body());
        String token = login.json().get("token").asString();
        assertEquals(200, http.get("/boards/board-1/tasks", "Authorization", "Bearer " + token).status());
        assertEquals(200, http.get("/").status(), "the sign-in page itself");
    }

    @Test
    void the_websocket_refuses_no_session_with_4001_and_a_foreign_board_with_4003() {
        try (WsClient anonymous = WsClient.open(server.wsUrl("/ws"))) {
            anonymous.sendJson("type", "join", "boardId", "board-1");
            assertEquals(CloseCodes.UNAUTHORIZED, anonymous.awaitClose().code());
        }
        try (WsClient bobSocket = SignIn.socket(server, "user-bob")) {
            bobSocket.sendJson("type", "join", "boardId", "board-private");
            JsonNode refused = bobSocket.next();
            assertEquals(CloseCodes.FORBIDDEN, refused.get("code").asInt(), refused.toString());
            bobSocket.sendJson("type", "join", "boardId", "board-1");
            assertEquals("board-1", bobSocket.nextOfType("joined").get("boardId").asString(), "a board bob may see");
        }
    }

    private static List<String> ids(JsonNode data) {
        return data.valueStream().map(b -> b.get("id").asString()).toList();
    }
}
