package taskboard.exercises.l03;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import taskboard.exercises.testing.ExerciseFailures;
import taskboard.setup.Stage01;
import taskboard.testing.TestServer;

/** L3: the student's polling endpoints, mounted on checkpoint 01-setup, and a backing-off poller. */
@Tag("L3")
@Timeout(20)
@ExtendWith(ExerciseFailures.class)
class ShortPollingCheck {

    @Test
    @Tag("ex3.1")
    void exercise_3_1_pollers_see_deletions_since_their_last_poll() {
        try (TestServer server = TestServer.start(Stage01.STAGE.with(DeletionAwareUpdates.class, DeletionAwareUpdates::new))) {
            var http = server.http();
            String since = http.get("/boards/board-1/updates").json().get("timestamp").asString();
            String created = http.post("/tasks", json("title", "Short-lived", "listId", "list-todo")).json().get("id").asString();
            assertEquals(204, http.delete("/tasks/task-2").status());

            var poll = http.get("/boards/board-1/updates?since=" + since);
            assertEquals(200, poll.status(), poll.body());
            List<String> changed = ids(poll.json().get("data"));
            assertTrue(changed.contains(created), "the task created since the last poll is in data: " + poll.body());
            assertEquals(List.of("task-2"), strings(poll.json().get("deleted")),
                    "the task deleted since the last poll is in deleted: " + poll.body());

            String later = poll.json().get("timestamp").asString();
            var next = http.get("/boards/board-1/updates?since=" + later);
            assertEquals(List.of(), strings(next.json().get("deleted")), "a deletion is reported once: " + next.body());
        }
    }

    @Test
    @Tag("ex3.2")
    void exercise_3_2_answers_304_while_nothing_changed() {
        try (TestServer server = TestServer.start(Stage01.STAGE.with(ConditionalUpdates.class, ConditionalUpdates::new))) {
            var http = server.http();
            var first = http.get("/boards/board-1/updates");
            assertEquals(200, first.status(), first.body());
            assertEquals(4, first.json().get("data").size(), "the first poll gets the whole board");
            String etag = first.header("ETag").orElseThrow(() -> new AssertionError("no ETag header on " + first.headers()));

            var unchanged = http.get("/boards/board-1/updates", "If-None-Match", etag);
            assertEquals(304, unchanged.status(), "nothing changed, so 304: " + unchanged.body());
            assertEquals("", unchanged.body(), "a 304 has no body");

            http.patch("/tasks/task-1/move", json("listId", "list-done", "position", 0));
            var changed = http.get("/boards/board-1/updates", "If-None-Match", etag);
            assertEquals(200, changed.status(), "the board changed, so the full answer again");
            assertNotEquals(etag, changed.header("ETag").orElse(etag), "and a new ETag");
        }
    }

    @Test
    @Tag("ex3.3")
    void exercise_3_3_backs_off_while_nothing_changes_and_resets_on_change() {
        AdaptiveInterval interval = new AdaptiveInterval(Duration.ofSeconds(5), Duration.ofSeconds(60));
        assertEquals(Duration.ofSeconds(10), interval.next(false));
        assertEquals(Duration.ofSeconds(20), interval.next(false));
        assertEquals(Duration.ofSeconds(40), interval.next(false));
        assertEquals(Duration.ofSeconds(60), interval.next(false), "capped at the maximum");
        assertEquals(Duration.ofSeconds(60), interval.next(false), "stays at the maximum");
        assertEquals(Duration.ofSeconds(5), interval.next(true), "a change brings the base interval back");
        assertEquals(Duration.ofSeconds(10), interval.next(false), "and backing off starts again from there");
    }

    private static List<String> ids(tools.jackson.databind.JsonNode array) {
        List<String> ids = new java.util.ArrayList<>();
        array.forEach(task -> ids.add(task.get("id").asString()));
        return ids;
    }

    private static List<String> strings(tools.jackson.databind.JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asString()));
        }
        return values;
    }
}
