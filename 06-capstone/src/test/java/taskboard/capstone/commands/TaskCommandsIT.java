package taskboard.capstone.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import taskboard.capstone.Stage06;
import taskboard.testing.SseStream;
import taskboard.testing.TestServer;
import taskboard.websocket.testing.SignIn;
import taskboard.websocket.testing.WsClient;

/** L18 challenge C4: task commands over the WebSocket, one acknowledgement per request. */
@Timeout(30)
class TaskCommandsIT {
    private TestServer server;
    private WsClient alice;
    private WsClient bob;

    @BeforeEach
    void start() {
        server = TestServer.start(Stage06.STAGE);
        alice = joined("user-alice");
        bob = joined("user-bob");
    }

    @AfterEach
    void stop() {
        alice.close();
        bob.close();
        server.close();
    }

    @Test
    void exercise_c4_a_create_is_acknowledged_to_the_sender_and_published_to_every_viewer() {
        try (SseStream viewer = SseStream.open(server.baseUrl() + "/boards/board-1/events",
                "Authorization", "Bearer " + SignIn.token(server, "user-bob"))) {
            viewer.next(); // connected
            alice.sendJson("type", "create_task", "requestId", "r1", "title", "Over the socket", "listId", "list-todo");

            JsonNode ack = ackFor(alice, "r1");
            assertEquals("create_task", ack.get("action").asString());
            String id = ack.get("task").get("id").asString();
            assertEquals("Over the socket", ack.get("task").get("title").asString());

            JsonNode event = bob.nextOfType("task_created");
            assertEquals(id, event.get("task").get("id").asString(), "the same bus delivers to the room");
            var sse = viewer.nextMatching(e -> e.data().contains(id), java.time.Duration.ofSeconds(5));
            assertEquals("task_created", sse.type(), "and to SSE viewers");
            assertTrue(server.services().tasks().find(id).isPresent());
        }
    }

    @Test
    void exercise_c4_move_and_delete_are_acknowledged_and_broadcast() {
        alice.sendJson("type", "move_task", "requestId", "m1", "taskId", "task-1", "listId", "list-done", "position", 0);
        JsonNode moved = ackFor(alice, "m1");
        assertEquals("list-done", moved.get("task").get("listId").asString());
        assertEquals("task-1", bob.nextOfType("task_moved").get("task").get("id").asString());

        alice.sendJson("type", "delete_task", "requestId", "d1", "taskId", "task-1");
        assertEquals("task-1", ackFor(alice, "d1").get("taskId").asString());
        assertEquals("task-1", bob.nextOfType("task_deleted").get("taskId").asString());
        assertTrue(server.services().tasks().find("task-1").isEmpty());
    }

    @Test
    void an_update_with_a_stale_version_is_refused_with_409_and_the_current_task() {
        alice.sendJson("type", "update_task", "requestId", "u1", "taskId", "task-2", "title", "First", "version", 1);
        assertEquals(2, ackFor(alice, "u1").get("task").get("version").asInt());

        bob.sendJson("type", "update_task", "requestId", "u2", "taskId", "task-2", "title", "Offline edit", "version", 1);
        JsonNode conflict = errorFor(bob, "u2");
        assertEquals(409, conflict.get("status").asInt(), conflict.toString());
        assertEquals("First", conflict.get("task").get("title").asString());
        assertEquals("First", server.services().tasks().find("task-2").orElseThrow().title());
    }

    @Test
    void bad_commands_get_an_error_with_their_request_id_and_the_socket_stays_open() {
        alice.sendJson("type", "create_task", "requestId", "bad1", "listId", "list-todo");
        JsonNode missingTitle = errorFor(alice, "bad1");
        assertEquals(400, missingTitle.get("status").asInt());
        assertTrue(missingTitle.get("issues").toString().contains("title"), missingTitle.toString());

        alice.sendJson("type", "move_task", "requestId", "bad2", "taskId", "task-nope", "listId", "list-done", "position", 0);
        assertEquals(404, errorFor(alice, "bad2").get("status").asInt());

        alice.sendJson("type", "create_task", "requestId", "bad3", "title", "x", "listId", "list-nowhere");
        assertEquals(400, errorFor(alice, "bad3").get("status").asInt());

        alice.sendJson("type", "delete_task", "taskId", "task-1");
        JsonNode noRequestId = alice.next();
        assertTrue(noRequestId.has("error") && noRequestId.toString().contains("requestId"), noRequestId.toString());

        alice.sendJson("type", "ping");
        assertEquals("pong", alice.nextOfType("pong").get("type").asString(), "still open and answering");
        assertTrue(server.services().tasks().find("task-1").isPresent(), "nothing was deleted");
    }

    @Test
    void a_command_on_a_board_the_user_may_not_see_is_refused_with_403() {
        bob.sendJson("type", "create_task", "requestId", "p1", "title", "Peek", "listId", "private-todo");
        JsonNode refused = errorFor(bob, "p1");
        assertEquals(403, refused.get("status").asInt(), refused.toString());
        assertEquals(4003, refused.get("code").asInt());

        alice.sendJson("type", "create_task", "requestId", "p2", "title", "Mine", "listId", "private-todo");
        assertEquals("Mine", ackFor(alice, "p2").get("task").get("title").asString(), "a member may");
        assertEquals(1, server.services().tasks().byBoard("board-private").size());
    }

    @Test
    void a_replayed_create_with_an_idempotency_key_is_acknowledged_again_without_a_second_task() {
        String create = "{\"type\":\"create_task\",\"requestId\":\"%s\",\"title\":\"Queued\",\"listId\":\"list-todo\","
                + "\"idempotencyKey\":\"offline-42\"}";
        alice.send(String.format(create, "q1"));
        JsonNode first = ackFor(alice, "q1");
        assertFalse(first.get("replayed").asBoolean());
        alice.send(String.format(create, "q2"));
        JsonNode replay = ackFor(alice, "q2");
        assertTrue(replay.get("replayed").asBoolean());
        assertEquals(first.get("task"), replay.get("task"));
        assertEquals(1, server.services().tasks().byBoard("board-1").stream()
                .filter(t -> t.title().equals("Queued")).count());
    }

    private WsClient joined(String user) {
        WsClient client = SignIn.socket(server, user);
        client.sendJson("type", "join", "boardId", "board-1");
        client.nextOfType("joined");
        return client;
    }

    /** The ack of one request, skipping presence and board events that may arrive first. */
    private static JsonNode ackFor(WsClient client, String requestId) {
        JsonNode answer = answerTo(client, requestId);
        assertEquals("ack", answer.path("type").asString(), answer.toString());
        return answer;
    }

    private static JsonNode errorFor(WsClient client, String requestId) {
        JsonNode answer = answerTo(client, requestId);
        assertTrue(answer.has("error"), answer.toString());
        return answer;
    }

    private static JsonNode answerTo(WsClient client, String requestId) {
        while (true) {
            JsonNode message = client.next();
            if (requestId.equals(message.path("requestId").asString(""))) {
                return message;
            }
        }
    }
}
