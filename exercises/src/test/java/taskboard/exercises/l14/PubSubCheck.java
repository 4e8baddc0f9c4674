package taskboard.exercises.l14;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import taskboard.events.BoardEvent;
import taskboard.exercises.testing.Eventually;
import taskboard.exercises.testing.ExerciseFailures;
import taskboard.testing.TestServer;
import taskboard.websocket.Stage04;

/** L14: the student's bus and subscribers on checkpoint 04-websockets (whose transports then subscribe to it). */
@Tag("L14")
@Timeout(20)
@ExtendWith(ExerciseFailures.class)
class PubSubCheck {

    @Test
    @Tag("ex14.1")
    void exercise_14_1_every_subscriber_gets_each_event_even_when_one_fails() {
        try (TestServer server = TestServer.start(Stage04.STAGE.delivery(EventBus::new))) {
            List<BoardEvent> first = new CopyOnWriteArrayList<>();
            List<BoardEvent> last = new CopyOnWriteArrayList<>();
            server.services().delivery().subscribe(first::add);
            server.services().delivery().subscribe(event -> {
                throw new IllegalStateException("a broken subscriber");
            });
            Runnable unsubscribeLast = server.services().delivery().subscribe(last::add);

            var created = server.http().post("/tasks", json("title", "Published once", "listId", "list-todo"));
            assertEquals(201, created.status(), "the route still works: " + created.body());
            Eventually.until("both working subscribers got task_created", () -> first.size() == 1 && last.size() == 1);
            assertEquals("task_created", last.get(0).type(), "the one after the failing subscriber got it too");

            unsubscribeLast.run();
            server.http().delete("/tasks/task-1");
            Eventually.until("the remaining subscriber got task_deleted", () -> first.size() == 2);
            assertEquals(1, last.size(), "an unsubscribed subscriber gets nothing more");
        }
    }

    @Test
    @Tag("ex14.2")
    void exercise_14_2_a_logging_subscriber_sees_every_event() {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (TestServer server = TestServer.start(Stage04.STAGE.with(EventLogging.class, EventLogging::new),
                s -> s.tune(EventLogging.Config.class, c -> c.sink = lines::add))) {
            String id = server.http().post("/tasks", json("title", "Logged", "listId", "list-todo")).json().get("id").asString();
            server.http().patch("/tasks/task-3/move", json("listId", "list-done", "position", 0));
            server.http().delete("/tasks/" + id);
            Eventually.until("three lines are logged", () -> lines.size() == 3);
            assertTrue(lines.get(0).matches("event board-1 #\\d+ task_created " + id), lines.get(0));
            assertTrue(lines.get(1).matches("event board-1 #\\d+ task_moved task-3"), lines.get(1));
            assertTrue(lines.get(2).matches("event board-1 #\\d+ task_deleted " + id), lines.get(2));
        }
    }

    @Test
    @Tag("ex14.3")
    void exercise_14_3_counts_events_per_board() {
        try (TestServer server = TestServer.start(Stage04.STAGE.with(EventCounts.class, EventCounts::new))) {
            server.services().boards().create("board-2", "Other board", List.of("To Do"));
            var http = server.http();
            assertEquals(0, http.get("/admin/event-counts").json().get("total").asInt(), "nothing happened yet");
            http.post("/tasks", json("title", "One", "listId", "list-todo"));
            http.patch("/tasks/task-1/move", json("listId", "list-done", "position", 0));
            http.post("/tasks", json("title", "Two", "listId", "board-2-list-0"));
            Eventually.until("three events are counted", () -> http.get("/admin/event-counts").json().get("total").asInt() == 3);
            var counts = http.get("/admin/event-counts").json();
            assertEquals(2, counts.get("boards").get("board-1").asInt(), counts.toString());
            assertEquals(1, counts.get("boards").get("board-2").asInt(), counts.toString());
        }
    }
}
