package taskboard.exercises.l04;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import taskboard.app.Json;
import taskboard.exercises.testing.Eventually;
import taskboard.exercises.testing.ExerciseFailures;
import taskboard.setup.Stage01;
import taskboard.testing.Http;
import taskboard.testing.TestServer;
import tools.jackson.databind.JsonNode;

/** L4: the student's long-poll endpoint, mounted on checkpoint 01-setup, with a 1 s timeout. */
@Tag("L4")
@Timeout(20)
@ExtendWith(ExerciseFailures.class)
class LongPollCheck {
    private static final Duration TIMEOUT = Duration.ofMillis(1000);
    private final AtomicReference<LongPoll> plugin = new AtomicReference<>();
    private TestServer server;
    private Http http;

    @BeforeEach
    void start() {
        server = TestServer.start(Stage01.STAGE.with(LongPoll.class, services -> {
            plugin.set(new LongPoll(services));
            return plugin.get();
        }), s -> s.tune(LongPoll.Config.class, c -> c.timeout = TIMEOUT));
        http = server.http();
        server.services().boards().create("board-2", "Other board", java.util.List.of("To Do"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @Tag("ex4.1")
    void exercise_4_1_a_poll_without_changes_answers_timeout_after_the_configured_time() {
        long start = System.nanoTime();
        var response = http.get("/boards/board-1/poll");
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, response.status(), response.body());
        assertTrue(response.json().get("timeout").asBoolean(), "a timed-out poll says so: " + response.body());
        assertEquals(0, response.json().get("data").size(), response.body());
        assertTrue(tookMillis >= TIMEOUT.toMillis() - 50, "the request was held for the timeout, not answered at once ("
                + tookMillis + " ms)");
    }

    @Test
    @Tag("ex4.2")
    void exercise_4_2_a_cursor_brings_the_changes_made_between_two_polls() {
        CompletableFuture<HttpResponse<String>> first = poll("/boards/board-1/poll");
        Eventually.until("the first poll is waiting", () -> plugin.get().waiters().waiting("board-1") == 1);
        http.patch("/tasks/task-1/move", json("listId", "list-done", "position", 0));
        JsonNode answer = Json.MAPPER.readTree(first.join().body());
        long cursor = answer.get("cursor").asLong();
        assertEquals("task_moved", answer.get("data").get(0).get("type").asString(), answer.toString());

        // Between two polls nobody is waiting: without the cursor this change would be lost.
        http.delete("/tasks/task-2");
        var next = http.get("/boards/board-1/poll?cursor=" + cursor);
        assertEquals(200, next.status(), next.body());
        assertFalse(next.json().path("timeout").asBoolean(false), "the missed change comes back at once: " + next.body());
        assertEquals("task_deleted", next.json().get("data").get(0).get("type").asString(), next.body());

        var caughtUp = http.get("/boards/board-1/poll?cursor=" + next.json().get("cursor").asLong());
        assertTrue(caughtUp.json().path("timeout").asBoolean(false), "nothing is sent twice: " + caughtUp.body());
        assertEquals(400, http.get("/boards/board-1/poll?cursor=yesterday").status(), "a cursor that is no id is refused");
    }

    @Test
    @Tag("ex4.3")
    void exercise_4_3_a_change_wakes_only_its_board_and_leaves_no_waiter_behind() {
        CompletableFuture<HttpResponse<String>> board1 = poll("/boards/board-1/poll");
        CompletableFuture<HttpResponse<String>> board2 = poll("/boards/board-2/poll");
        Eventually.until("both polls wait", () -> plugin.get().waiters().waiting("board-1") == 1
                && plugin.get().waiters().waiting("board-2") == 1);

        http.post("/tasks", json("title", "Only on board 2", "listId", "board-2-list-0"));
        Eventually.until("board-2's poll is answered", board2::isDone);
        assertTrue(board2.join().body().contains("task_created"), "board-2's waiter got the change: " + board2.join().body());
        assertEquals(0, plugin.get().waiters().waiting("board-2"), "an answered waiter is gone");
        assertFalse(board1.isDone(), "board-1's waiter was not woken by board-2's change");
        assertEquals(1, plugin.get().waiters().waiting("board-1"));

        assertTrue(board1.join().body().contains("\"timeout\":true"), "board-1's poll ends by its timeout");
        Eventually.until("no waiter is left behind", () -> plugin.get().waiters().waiting("board-1") == 0);
    }

    private CompletableFuture<HttpResponse<String>> poll(String path) {
        return Http.client().sendAsync(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
