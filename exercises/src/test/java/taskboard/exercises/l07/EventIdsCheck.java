package taskboard.exercises.l07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import taskboard.events.BoardEvent;
import taskboard.exercises.testing.ExerciseFailures;
import taskboard.exercises.testing.SseProbe;
import taskboard.polling.Stage02;
import taskboard.testing.TestServer;

/** L7: named events, ids and Last-Event-ID, on the student's stream mounted on checkpoint 02-polling. */
@Tag("L7")
@Timeout(20)
@ExtendWith(ExerciseFailures.class)
class EventIdsCheck {

    private static TestServer start() {
        return TestServer.start(Stage02.STAGE.with(NamedEventStream.class, NamedEventStream::new));
    }

    @Test
    @Tag("ex7.1")
    void exercise_7_1_frames_carry_the_event_name_and_id() {
        try (TestServer server = start(); SseProbe stream = SseProbe.open(server.baseUrl() + "/boards/board-1/events")) {
            assertEquals("{\"type\":\"connected\"}", stream.nextData("the connected frame").data());
            server.http().patch("/tasks/task-1/move", json("listId", "list-done", "position", 0));
            SseProbe.Frame frame = stream.nextData("the task_moved event");
            assertEquals("task_moved", frame.event(), "event: names the type, for addEventListener");
            assertEquals(String.valueOf(server.services().eventLog().latestId("board-1")), frame.id(),
                    "id: is the event's position in the board's log");
            assertTrue(frame.data().startsWith("{\"type\":\"task_moved\""), "the data keeps its type: " + frame.data());
        }
    }

    @Test
    @Tag("ex7.2")
    void exercise_7_2_a_reconnect_with_last_event_id_gets_the_missed_events_in_order_once() {
        try (TestServer server = start()) {
            var http = server.http();
            String lastSeen;
            try (SseProbe before = SseProbe.open(server.baseUrl() + "/boards/board-1/events")) {
                before.nextData("the connected frame");
                http.patch("/tasks/task-1", json("title", "Seen before the drop"));
                lastSeen = before.nextData("the event seen before the drop").id();
            }
            // Offline: three changes happen.
            http.post("/tasks", json("title", "Missed one", "listId", "list-todo"));
            http.patch("/tasks/task-2/move", json("listId", "list-done", "position", 0));
            http.delete("/tasks/task-3");

            try (SseProbe after = SseProbe.open(server.baseUrl() + "/boards/board-1/events", "Last-Event-ID", lastSeen)) {
                long first = Long.parseLong(lastSeen) + 1;
                List<String> types = List.of("task_created", "task_moved", "task_deleted");
                for (int i = 0; i < types.size(); i++) {
                    SseProbe.Frame frame = after.nextData("missed event " + (i + 1) + " of 3");
                    assertEquals(String.valueOf(first + i), frame.id(), "missed events come in order: " + frame);
                    assertTrue(frame.data().contains(types.get(i)), "expected " + types.get(i) + ", got " + frame.data());
                }
                http.patch("/tasks/task-1", json("title", "Live again"));
                SseProbe.Frame live = after.nextData("the live event after the replay");
                assertEquals(String.valueOf(first + 3), live.id(), "then live events, none repeated: " + live);
            }
        }
    }

    @Test
    @Tag("ex7.3")
    void exercise_7_3_the_buffer_keeps_the_newest_100_and_says_when_a_gap_is_too_old() {
        RecentEvents recent = new RecentEvents();
        LongStream.rangeClosed(1, 150).forEach(id -> recent.add(event(id)));
        assertEquals(100, recent.size(), "past 100 the oldest are dropped");
        assertEquals(10, recent.after(140).orElseThrow().size(), "the 10 events after 140");
        assertEquals(51, recent.after(50).orElseThrow().get(0).id(), "51..150 are still all there");
        assertEquals(Optional.empty(), recent.after(49), "event 50 was dropped: the client must refetch");
        assertEquals(List.of(), recent.after(150).orElseThrow(), "an up-to-date client gets nothing");
    }

    private static BoardEvent event(long id) {
        return new BoardEvent("board-1", id, "task_updated", "task-1", "{\"type\":\"task_updated\"}", "2026-01-01T00:00:00.000Z");
    }
}
