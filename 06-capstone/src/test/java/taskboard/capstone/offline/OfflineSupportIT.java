package taskboard.capstone.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import taskboard.capstone.Stage06;
import taskboard.events.BoardEvent;
import taskboard.testing.Http;
import taskboard.testing.TestServer;

/** L18 challenge C3, the server's half: replayed creates are not duplicated, stale edits get 409. */
@Timeout(30)
class OfflineSupportIT {
    private static final String CREATE = json("title", "Written offline", "listId", "list-todo");

    private TestServer server;
    private Http http;
    private final List<BoardEvent> published = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = TestServer.start(Stage06.FEATURES);
        http = server.http();
        server.services().delivery().subscribe(published::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void exercise_c3_a_replayed_create_with_the_same_idempotency_key_creates_one_task() {
        var first = http.post("/tasks", CREATE, "Idempotency-Key", "offline-1");
        var replay = http.post("/tasks", CREATE, "Idempotency-Key", "offline-1");

        assertEquals(201, first.status(), first.body());
        assertEquals(201, replay.status(), replay.body());
        assertEquals(first.body(), replay.body(), "the replay gets the original answer");
        assertEquals("true", replay.header("Idempotent-Replayed").orElse(""));
        assertEquals(1, titled("Written offline"), "one task, however often the queue replays");
        assertEquals(1, published.stream().filter(e -> e.type().equals("task_created")).count());
    }

    @Test
    void concurrent_replays_of_one_key_still_create_one_task() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Http.Response>> answers = new ArrayList<>();
            Callable<Http.Response> replay = () -> http.post("/tasks", CREATE, "Idempotency-Key", "racing-key");
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(replay));
            }
            String firstBody = answers.get(0).get().body();
            for (Future<Http.Response> answer : answers) {
                assertEquals(201, answer.get().status(), answer.get().body());
                assertEquals(firstBody, answer.get().body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, titled("Written offline"));
    }

    @Test
    void different_keys_create_different_tasks_and_no_key_behaves_as_in_lesson_2() {
        assertEquals(201, http.post("/tasks", CREATE, "Idempotency-Key", "key-a").status());
        assertEquals(201, http.post("/tasks", CREATE, "Idempotency-Key", "key-b").status());
        assertEquals(201, http.post("/tasks", CREATE).status());
        assertEquals(201, http.post("/tasks", CREATE).status());
        assertEquals(4, titled("Written offline"));
    }

    @Test
    void a_key_reused_for_a_different_task_is_refused_with_422() {
        assertEquals(201, http.post("/tasks", CREATE, "Idempotency-Key", "reused").status());
        var other = http.post("/tasks", json("title", "Something else", "listId", "list-todo"),
                "Idempotency-Key", "reused");
        assertEquals(422, other.status(), other.body());
        assertTrue(other.json().get("error").asString().contains("already used"), other.body());
        assertEquals(0, titled("Something else"));
    }

    @Test
    void a_malformed_idempotency_key_is_a_400_that_says_what_a_key_is() {
        var tooLong = http.post("/tasks", CREATE, "Idempotency-Key", "k".repeat(300));
        assertEquals(400, tooLong.status(), tooLong.body());
        assertTrue(tooLong.json().get("error").asString().contains("Idempotency-Key"), tooLong.body());
        assertEquals(0, titled("Written offline"), "nothing was created");
        assertEquals(201, http.post("/tasks", CREATE, "Idempotency-Key", "fine").status(), "the server stays up");
    }

    @Test
    void a_failed_create_does_not_use_up_its_key() {
        var refused = http.post("/tasks", json("title", "Later", "listId", "list-nowhere"), "Idempotency-Key", "retry-me");
        assertEquals(400, refused.status(), refused.body());
        var fixed = http.post("/tasks", json("title", "Later", "listId", "list-nowhere"), "Idempotency-Key", "retry-me");
        assertEquals(400, fixed.status(), "the same bad request is validated again, not replayed: " + fixed.body());
        assertEquals(201, http.post("/tasks", json("title", "Later", "listId", "list-todo"), "Idempotency-Key", "retry-me").status());
    }

    @Test
    void exercise_c3_a_move_with_the_version_the_client_saw_succeeds_and_answers_the_new_etag() {
        var moved = http.patch("/tasks/task-1/move", json("listId", "list-done", "position", 0), "If-Match", "\"1\"");
        assertEquals(200, moved.status(), moved.body());
        assertEquals(2, moved.json().get("version").asLong());
        assertEquals("\"2\"", moved.header("ETag").orElse(""));
    }

    @Test
    void exercise_c3_a_stale_move_gets_409_with_the_current_task_and_changes_nothing() {
        assertEquals(200, http.patch("/tasks/task-1", json("title", "Renamed online")).status());
        int eventsBefore = published.size();

        var stale = http.patch("/tasks/task-1/move", json("listId", "list-done", "position", 0), "If-Match", "\"1\"");

        assertEquals(409, stale.status(), stale.body());
        assertEquals("Renamed online", stale.json().get("task").get("title").asString());
        assertEquals(2, stale.json().get("task").get("version").asLong());
        assertTrue(stale.json().get("error").asString().contains("version 2"), stale.body());
        assertEquals("list-todo", server.services().tasks().find("task-1").orElseThrow().listId());
        assertEquals(eventsBefore, published.size(), "a refused change announces nothing");
    }

    @Test
    void a_stale_update_gets_409_and_an_unconditional_update_still_wins() {
        assertEquals(200, http.patch("/tasks/task-2/move", json("listId", "list-done", "position", 0)).status());
        var stale = http.patch("/tasks/task-2", json("title", "Offline title"), "If-Match", "1");
        assertEquals(409, stale.status(), stale.body());
        var current = http.patch("/tasks/task-2", json("title", "Offline title"), "If-Match", "\"2\"");
        assertEquals(200, current.status(), current.body());
        assertEquals(200, http.patch("/tasks/task-2", json("title", "Last write"), "If-Match", "*").status());
        assertEquals("Last write", server.services().tasks().find("task-2").orElseThrow().title());
    }

    @Test
    void a_malformed_if_match_is_a_400_and_an_unknown_task_a_404() {
        var malformed = http.patch("/tasks/task-1", json("title", "x"), "If-Match", "\"version one\"");
        assertEquals(400, malformed.status(), malformed.body());
        assertTrue(malformed.json().get("error").asString().contains("If-Match"), malformed.body());
        var unknown = http.patch("/tasks/task-nope/move", json("listId", "list-done", "position", 0), "If-Match", "\"1\"");
        assertEquals(404, unknown.status(), unknown.body());
        assertEquals(1, server.services().tasks().find("task-1").orElseThrow().version(), "nothing changed");
    }

    private long titled(String title) {
        return http.get("/boards/board-1/tasks").json().get("data").valueStream()
                .filter(t -> t.get("title").asString().equals(title)).count();
    }
}
