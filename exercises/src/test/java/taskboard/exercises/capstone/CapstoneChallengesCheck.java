package taskboard.exercises.capstone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import taskboard.events.BoardEvent;
import taskboard.exercises.capstone.Cursors.Cursor;
import taskboard.exercises.testing.Eventually;
import taskboard.exercises.testing.ExerciseFailures;
import taskboard.exercises.testing.WsProbe;
import taskboard.patterns.Stage05;
import taskboard.testing.TestServer;
import tools.jackson.databind.JsonNode;

/** L18's challenges C1-C4; the server-backed ones run against checkpoint 05-patterns. */
@Tag("L18")
@Timeout(20)
@ExtendWith(ExerciseFailures.class)
class CapstoneChallengesCheck {

    @Test
    @Tag("exC1")
    void challenge_C1_cursors_are_coalesced_per_user_and_never_echoed() {
        Cursors cursors = new Cursors();
        cursors.move("user-alice", 10, 10);
        cursors.move("user-bob", 5, 5);
        cursors.move("user-alice", 12, 14);
        cursors.move("user-alice", 40, 41);
        List<Cursor> sent = cursors.flush();
        assertEquals(List.of(new Cursor("user-alice", 40, 41), new Cursor("user-bob", 5, 5)), sent,
                "one newest position per user");
        assertEquals(List.of(new Cursor("user-bob", 5, 5)), Cursors.forViewer(sent, "user-alice"), "not her own");
        assertEquals(List.of(), cursors.flush(), "nothing moved since: nothing to send");
    }

    @Test
    @Tag("exC2")
    void challenge_C2_optimistic_moves_roll_back_when_the_server_refuses() {
        try (TestServer server = TestServer.start(Stage05.STAGE)) {
            List<Map<String, String>> renders = new CopyOnWriteArrayList<>();
            OptimisticBoard board = new OptimisticBoard(server.baseUrl(), "board-1", renders::add);

            assertTrue(board.move("task-1", "list-done", 0), "the server accepts a valid move");
            assertEquals(List.of("list-done"), renders.stream().map(r -> r.get("task-1")).toList(),
                    "rendered once, at once");
            assertEquals("list-done", server.services().tasks().find("task-1").orElseThrow().listId());

            renders.clear();
            assertFalse(board.move("task-2", "list-nowhere", 0), "the server refuses a move to an unknown list");
            assertEquals(List.of("list-nowhere", "list-todo"), renders.stream().map(r -> r.get("task-2")).toList(),
                    "shown moved at once, then put back");
            assertEquals("list-todo", board.listOf("task-2"));
        }
    }

    @Test
    @Tag("exC3")
    void challenge_C3_offline_moves_are_queued_replayed_in_order_and_conflicts_resolved() {
        try (TestServer server = TestServer.start(Stage05.STAGE)) {
            OfflineQueue client = new OfflineQueue(server.baseUrl());
            client.goOffline();
            client.move("task-1", "list-progress", 0);
            client.move("task-2", "list-done", 0);
            client.move("task-1", "list-done", 0);
            assertEquals(3, client.pending(), "nothing is sent while offline");
            assertEquals("list-todo", server.services().tasks().find("task-1").orElseThrow().listId());

            server.http().delete("/tasks/task-2"); // someone else deletes it meanwhile
            List<OfflineQueue.Move> refused = client.goOnline();
            assertEquals(List.of(new OfflineQueue.Move("task-2", "list-done", 0)), refused,
                    "the move of a deleted task is a conflict: dropped, reported");
            assertEquals("list-done", server.services().tasks().find("task-1").orElseThrow().listId(),
                    "the other moves were replayed in order (the last one wins)");
            assertEquals(0, client.pending());
            client.move("task-3", "list-todo", 0);
            assertEquals("list-todo", server.services().tasks().find("task-3").orElseThrow().listId(), "online: sent at once");
        }
    }

    @Test
    @Tag("exC4")
    void challenge_C4_task_crud_over_websocket_reaches_every_subscriber() {
        try (TestServer server = TestServer.start(Stage05.STAGE.with(TaskSocket.class, TaskSocket::new));
             WsProbe socket = WsProbe.connect(server.wsUrl("/ws/tasks"))) {
            List<BoardEvent> events = new CopyOnWriteArrayList<>();
            server.services().delivery().subscribe(events::add);

            JsonNode ack = socket.send("{\"type\":\"create_task\",\"requestId\":\"r1\",\"title\":\"Over the socket\","
                    + "\"listId\":\"list-todo\"}").next("the ack of create_task");
            assertEquals("ack", ack.path("type").asString(), ack.toString());
            assertEquals("r1", ack.path("requestId").asString(), "the answer names its request");
            String id = ack.path("task").path("id").asString();
            Eventually.until("the change reached the bus like a REST one", () -> events.stream()
                    .anyMatch(e -> e.type().equals("task_created") && e.taskId().equals(id)));

            JsonNode moved = socket.send("{\"type\":\"move_task\",\"requestId\":\"r2\",\"taskId\":\"" + id
                    + "\",\"listId\":\"list-done\",\"position\":0}").next("the ack of move_task");
            assertEquals("list-done", moved.path("task").path("listId").asString(), moved.toString());

            JsonNode refused = socket.send("{\"type\":\"move_task\",\"requestId\":\"r3\",\"taskId\":\"task-404\","
                    + "\"listId\":\"list-done\",\"position\":0}").next("the error of a refused move");
            assertEquals("error", refused.path("type").asString(), refused.toString());
            assertEquals("r3", refused.path("requestId").asString());
            assertTrue(socket.isOpen(), "a refused command keeps the socket open");
        }
    }
}
