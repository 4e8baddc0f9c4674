package taskboard.websocket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.testing.TestServer;
import taskboard.websocket.testing.SignIn;
import taskboard.websocket.testing.WsClient;
import tools.jackson.databind.JsonNode;

/**
 * L11: rooms per board, broadcasts and board events over the socket, and L13's resumption by
 * event id. Written once; run against 04-websockets (RoomsIT) and every later checkpoint. A later
 * stage names the message types it adds ({@link #addedByLaterLessons()}) and, if it counts viewers
 * per user rather than per socket, says so ({@link #announcesEverySocket()}); every other
 * "the next message is..." check stays as strict as in 04.
 */
@Timeout(30)
public abstract class RoomsContract {
    protected static final Duration QUIET = Duration.ofMillis(300);
    protected TestServer server;

    protected abstract Stage stage();

    protected UnaryOperator<Settings> settings() {
        return UnaryOperator.identity();
    }

    /**
     * Message types a later lesson sends on top of L11's (e.g. L15's {@code presence} right after
     * {@code joined}): the contract's sockets pass over them. 04 adds none, so there every message counts.
     */
    protected Set<String> addedByLaterLessons() {
        return Set.of();
    }

    /**
     * Whether a second socket of a user already in the room is announced. L11 counts sockets, so it
     * is: {@code user_joined} / {@code user_left} with the socket count. L15's presence counts users
     * on purpose ("first in, last out"), so a stage with presence answers false: the room hears of
     * the user once, when the first socket joins and when the last one goes.
     */
    protected boolean announcesEverySocket() {
        return true;
    }

    /**
     * The message that completes a join in a later lesson, if any (L15: the joiner's {@code presence}
     * list). A stage with presence tells a joiner about the others in that list, so a second user
     * who joins before the first one's list went out is in the list instead of a {@code user_joined}.
     * The contract waits for it before anyone else joins; 04 has none.
     */
    protected String joinCompletedBy() {
        return null;
    }

    /** Waits until the later lessons' part of {@code client}'s join of {@code boardId} has arrived. */
    protected void joinCompleted(WsClient client, String boardId) {
        String type = joinCompletedBy();
        if (type != null) {
            await().atMost(Duration.ofSeconds(5)).until(() -> client.received().stream().anyMatch(message ->
                    type.equals(message.path("type").asString("")) && boardId.equals(message.path("boardId").asString(""))));
        }
    }

    /** A signed-in socket (its welcome read) that passes over the later lessons' messages. */
    protected WsClient socket(String userId) {
        return SignIn.socket(server, userId).ignoring(addedByLaterLessons());
    }

    /** Such a socket that has joined {@code boardId}, its {@code joined} already read. */
    protected WsClient joined(String userId, String boardId) {
        WsClient client = socket(userId);
        client.sendJson("type", "join", "boardId", boardId);
        client.next("joined");
        joinCompleted(client, boardId);
        return client;
    }

    @BeforeEach
    void startServer() {
        server = TestServer.start(stage(), settings());
        server.services().boards().create("board-2", "Other board", List.of("Backlog"));
        SignIn.grant(server, "board-2", "user-alice");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void joining_answers_the_viewer_count_and_tells_the_others() {
        try (WsClient alice = socket("user-alice"); WsClient bob = socket("user-bob")) {
            alice.sendJson("type", "join", "boardId", "board-1");
            JsonNode first = alice.next("joined");
            assertEquals("board-1", first.get("boardId").asString());
            assertEquals(1, first.get("viewers").asInt());
            joinCompleted(alice, "board-1");

            bob.sendJson("type", "join", "boardId", "board-1");
            assertEquals(2, bob.next("joined").get("viewers").asInt());
            JsonNode told = alice.next("user_joined");
            assertEquals("user-bob", told.get("userId").asString());
            assertEquals("Bob", told.get("name").asString());
            assertEquals(2, told.get("viewers").asInt());
        }
    }

    @Test
    void a_users_second_socket_is_announced_as_the_stage_counts_viewers() {
        try (WsClient alice = joined("user-alice", "board-1");
             WsClient bob = joined("user-bob", "board-1")) {
            assertEquals("user-bob", alice.next("user_joined").get("userId").asString());
            WsClient aliceAgain = joined("user-alice", "board-1");
            if (announcesEverySocket()) {
                assertAnnounced(bob.next("user_joined"), "user-alice", 3);
            }
            // Bob's next message is the board event: nothing else was announced in between.
            server.http().post("/tasks", json("title", "Seen by both", "listId", "list-todo"));
            assertEquals("Seen by both", bob.next("task_created").get("task").get("title").asString());

            aliceAgain.close();
            if (announcesEverySocket()) {
                assertAnnounced(bob.next("user_left"), "user-alice", 2);
            }
            alice.close();
            assertAnnounced(bob.next("user_left"), "user-alice", 1);
            assertNull(bob.poll(QUIET), "one more announcement than the stage's rule allows");
        }
    }

    private static void assertAnnounced(JsonNode message, String userId, int viewers) {
        assertEquals(userId, message.get("userId").asString(), message.toString());
        assertEquals(viewers, message.get("viewers").asInt(), message.toString());
    }

    @Test
    void exercise_11_1_a_board_event_reaches_only_that_boards_room() {
        try (WsClient alice = joined("user-alice", "board-1");
             WsClient bob = joined("user-bob", "board-1");
             WsClient other = joined("user-alice", "board-2")) {
            alice.nextOfType("user_joined");
            server.http().post("/tasks", json("title", "Live", "listId", "list-todo"));

            JsonNode toAlice = alice.next("task_created");
            JsonNode toBob = bob.next("task_created");
            assertEquals("Live", toAlice.get("task").get("title").asString());
            assertEquals(toAlice, toBob);
            assertNull(other.poll(QUIET), "board-2's room got board-1's event");
        }
    }

    @Test
    void board_events_have_the_sse_shapes_plus_their_event_id() {
        try (WsClient alice = joined("user-alice", "board-1")) {
            server.http().patch("/tasks/task-1/move", json("listId", "list-done", "position", 0));
            JsonNode moved = alice.next("task_moved");
            assertEquals("board-1", moved.get("boardId").asString());
            assertEquals("list-done", moved.get("task").get("listId").asString());
            assertEquals(server.services().eventLog().latestId("board-1"), moved.get("eventId").asLong());

            server.http().patch("/tasks/task-2", json("title", "Renamed"));
            assertEquals("Renamed", alice.next("task_updated").get("task").get("title").asString());
            server.http().delete("/tasks/task-2");
            assertEquals("task-2", alice.next("task_deleted").get("taskId").asString());
        }
    }

    @Test
    void exercise_11_2_a_broadcast_leaves_out_its_sender() {
        Rooms rooms = server.services().component(Rooms.class, () -> new Rooms(server.services().eventLog()));
        Connections connections = server.services().component(Connections.class, Connections::new);
        try (WsClient alice = joined("user-alice", "board-1");
             WsClient bob = joined("user-bob", "board-1")) {
            assertEquals("user-bob", alice.next("user_joined").get("userId").asString());
            assertNull(bob.poll(QUIET), "the joiner is not told about itself");

            Connection sender = connections.of("user-alice").get(0);
            rooms.broadcast("board-1", "{\"type\":\"note\",\"text\":\"hi\"}", sender);
            assertEquals("hi", bob.next("note").get("text").asString());
            assertNull(alice.poll(QUIET), "the sender got its own broadcast");
        }
    }

    @Test
    void exercise_11_3_a_disconnect_shrinks_the_room_and_tells_the_others() {
        Rooms rooms = server.services().component(Rooms.class, () -> new Rooms(server.services().eventLog()));
        try (WsClient alice = joined("user-alice", "board-1")) {
            WsClient bob = joined("user-bob", "board-1");
            alice.next("user_joined");
            assertEquals(2, rooms.viewers("board-1"));

            bob.close();
            JsonNode left = alice.next("user_left");
            assertEquals("user-bob", left.get("userId").asString());
            assertEquals(1, left.get("viewers").asInt());
            await().atMost(Duration.ofSeconds(5)).until(() -> rooms.viewers("board-1") == 1);
        }
    }

    @Test
    void leaving_answers_left_and_tells_the_others() {
        try (WsClient alice = joined("user-alice", "board-1");
             WsClient bob = joined("user-bob", "board-1")) {
            alice.next("user_joined");
            bob.sendJson("type", "leave", "boardId", "board-1");
            bob.next("left");
            assertEquals("user-bob", alice.next("user_left").get("userId").asString());
            bob.sendJson("type", "leave", "boardId", "board-1");
            assertEquals("You have not joined board 'board-1'", bob.next().get("error").asString());

            server.http().post("/tasks", json("title", "After leaving", "listId", "list-todo"));
            alice.next("task_created");
            assertNull(bob.poll(QUIET), "a socket that left still got the board's events");
        }
    }

    @Test
    void one_socket_can_be_in_several_rooms() {
        try (WsClient alice = joined("user-alice", "board-1")) {
            alice.sendJson("type", "join", "boardId", "board-2");
            alice.next("joined");
            server.http().post("/tasks", json("title", "On two", "listId", "board-2-list-0"));
            assertEquals("board-2", alice.next("task_created").get("boardId").asString());
            server.http().post("/tasks", json("title", "On one", "listId", "list-todo"));
            assertEquals("board-1", alice.next("task_created").get("boardId").asString());
        }
    }

    @Test
    void the_admin_connection_counts_include_sockets_in_total_and_per_board() {
        WsClient alice = joined("user-alice", "board-1");
        try (WsClient bob = socket("user-bob")) {
            JsonNode sockets = server.http().get("/admin/connections").json().get("transports").get("websocket");
            assertEquals(2, sockets.get("total").asInt(), sockets.toString());
            assertEquals(1, sockets.get("boards").get("board-1").asInt(), sockets.toString());

            alice.close();
            await().atMost(Duration.ofSeconds(5)).until(() -> server.http().get("/admin/connections").json()
                    .get("transports").get("websocket").get("total").asInt() == 1);
            assertTrue(server.http().get("/admin/connections").json().get("transports").get("websocket")
                    .get("boards").path("board-1").isMissingNode(), "an empty room is not counted");
        }
    }

    @Test
    void joining_an_unknown_board_answers_not_found_and_keeps_the_socket_open() {
        try (WsClient alice = socket("user-alice")) {
            alice.sendJson("type", "join", "boardId", "board-404");
            JsonNode answer = alice.next();
            assertEquals(CloseCodes.NOT_FOUND, answer.get("code").asInt(), answer.toString());
            assertTrue(answer.get("error").asString().contains("board-404"));
            alice.sendJson("type", "join", "boardId", "board-1");
            alice.next("joined");
        }
    }

    @Test
    void joining_with_last_event_id_replays_missed_events_in_order_once_then_goes_live() {
        long before;
        try (WsClient alice = joined("user-alice", "board-1")) {
            server.http().post("/tasks", json("title", "Seen", "listId", "list-todo"));
            before = alice.next("task_created").get("eventId").asLong();
        }
        for (int i = 1; i <= 3; i++) {
            server.http().post("/tasks", json("title", "Missed " + i, "listId", "list-todo"));
        }
        try (WsClient alice = socket("user-alice")) {
            alice.sendJson("type", "join", "boardId", "board-1", "lastEventId", before);
            assertEquals(before + 3, alice.next("joined").get("lastEventId").asLong());
            List<String> titles = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                JsonNode event = alice.next("task_created");
                titles.add(event.get("task").get("title").asString());
                ids.add(event.get("eventId").asLong());
            }
            assertEquals(List.of("Missed 1", "Missed 2", "Missed 3"), titles);
            assertEquals(List.of(before + 1, before + 2, before + 3), ids);

            server.http().post("/tasks", json("title", "Live", "listId", "list-todo"));
            JsonNode live = alice.next("task_created");
            assertEquals(before + 4, live.get("eventId").asLong(), "no duplicate and no gap after the replay");
            assertNull(alice.poll(QUIET));
        }
    }

    @Test
    void a_join_replays_without_gap_or_duplicate_while_events_are_published_concurrently() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.http().post("/tasks", json("title", "Early " + i, "listId", "list-todo"));
        }
        long resumeFrom = server.services().eventLog().latestId("board-1") - 1;
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 30; i++) {
                server.http().post("/tasks", json("title", "Concurrent " + i, "listId", "list-todo"));
            }
        });
        try (WsClient alice = socket("user-alice")) {
            writer.start();
            alice.sendJson("type", "join", "boardId", "board-1", "lastEventId", resumeFrom);
            alice.next("joined");
            writer.join(20_000);
            long last = server.services().eventLog().latestId("board-1");
            List<Long> ids = new ArrayList<>();
            while (ids.isEmpty() || ids.get(ids.size() - 1) < last) {
                ids.add(alice.next("task_created").get("eventId").asLong());
            }
            List<Long> expected = new ArrayList<>();
            for (long id = resumeFrom + 1; id <= last; id++) {
                expected.add(id);
            }
            assertEquals(expected, ids, "every event after lastEventId, in order, once");
            assertNull(alice.poll(QUIET));
        }
    }

    @Test
    void joining_with_a_last_event_id_the_server_cannot_replay_asks_to_resync() {
        server.http().post("/tasks", json("title", "One", "listId", "list-todo"));
        try (WsClient alice = socket("user-alice")) {
            alice.sendJson("type", "join", "boardId", "board-1", "lastEventId", 999);
            long latest = alice.next("joined").get("lastEventId").asLong();
            JsonNode resync = alice.next("resync");
            assertEquals("board-1", resync.get("boardId").asString());

            server.http().post("/tasks", json("title", "Two", "listId", "list-todo"));
            assertEquals(latest + 1, alice.next("task_created").get("eventId").asLong());
        }
    }
}
