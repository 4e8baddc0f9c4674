package taskboard.polling;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import taskboard.app.Stage;
import taskboard.data.TaskService.TaskPatch;
import taskboard.polling.client.PollInterval;
import taskboard.polling.client.PollingClient;
import taskboard.testing.Http;
import taskboard.testing.TestServer;
import tools.jackson.databind.JsonNode;

/**
 * L3's short-polling contract and its exercises. Written once, run against 02-polling
 * (ShortPollingIT) and against every later checkpoint, which must keep it.
 */
@Timeout(60)
public abstract class ShortPollingContract {
    protected TestServer server;
    protected Http http;

    /** The checkpoint under test. */
    protected abstract Stage stage();

    @BeforeEach
    void startServer() {
        server = TestServer.start(stage());
        http = server.http();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void without_since_answers_every_task_and_the_server_time() {
        Instant before = Instant.now().minusSeconds(1);
        var response = http.get("/boards/board-1/updates");
        assertEquals(200, response.status(), response.body());
        assertEquals(List.of("task-1", "task-2", "task-3", "task-4"), ids(response.json().get("data")));
        assertTrue(response.json().get("deleted").isEmpty(), response.body());
        Instant timestamp = Instant.parse(response.json().get("timestamp").asString());
        assertTrue(!timestamp.isBefore(before) && timestamp.isBefore(Instant.now().plusSeconds(1)), response.body());
    }

    @Test
    void answers_only_the_tasks_changed_since_the_last_timestamp() {
        String since = http.get("/boards/board-1/updates").json().get("timestamp").asString();
        assertEquals(200, http.patch("/tasks/task-3/move", json("listId", "list-done", "position", 0)).status());
        String created = http.post("/tasks", json("title", "Polled", "listId", "list-todo")).json().get("id").asString();

        var response = http.get("/boards/board-1/updates?since=" + since);
        assertEquals(200, response.status(), response.body());
        assertEquals(List.of(created, "task-3"), ids(response.json().get("data")), "changed tasks, in board order");
        assertEquals("list-done", response.json().get("data").get(1).get("listId").asString());
        assertTrue(response.json().get("timestamp").asString().compareTo(since) >= 0, response.body());

        String next = response.json().get("timestamp").asString();
        var quiet = http.get("/boards/board-1/updates?since=" + next);
        assertTrue(quiet.json().get("data").isEmpty(), "nothing changed since: " + quiet.body());
    }

    @Test
    void exercise_3_1_deletions_are_visible_to_pollers() {
        String since = http.get("/boards/board-1/updates").json().get("timestamp").asString();
        assertEquals(204, http.delete("/tasks/task-2").status());

        var response = http.get("/boards/board-1/updates?since=" + since);
        assertEquals(200, response.status(), response.body());
        assertEquals(List.of("task-2"), strings(response.json().get("deleted")));
        assertFalse(ids(response.json().get("data")).contains("task-2"), response.body());
    }

    @Test
    void exercise_3_2_an_unchanged_board_answers_304_without_a_body() {
        var first = http.get("/boards/board-1/updates");
        String since = first.json().get("timestamp").asString();
        var changes = http.get("/boards/board-1/updates?since=" + since);
        String etag = changes.header("ETag").orElseThrow();

        var unchanged = http.get("/boards/board-1/updates?since=" + since, "If-None-Match", etag);
        assertEquals(304, unchanged.status(), unchanged.body());
        assertEquals("", unchanged.body());
        assertEquals(etag, unchanged.header("ETag").orElseThrow());

        assertEquals(200, http.patch("/tasks/task-1", json("title", "Changed")).status());
        var changed = http.get("/boards/board-1/updates?since=" + since, "If-None-Match", etag);
        assertEquals(200, changed.status(), "a change makes the copy stale: " + changed.body());
        assertEquals(List.of("task-1"), ids(changed.json().get("data")));
        assertNotEquals(etag, changed.header("ETag").orElseThrow());
    }

    @Test
    void exercise_3_2_the_full_board_answers_304_too_until_it_changes() {
        String etag = http.get("/boards/board-1/updates").header("ETag").orElseThrow();
        assertEquals(304, http.get("/boards/board-1/updates", "If-None-Match", etag).status());
        assertEquals(204, http.delete("/tasks/task-4").status());
        var changed = http.get("/boards/board-1/updates", "If-None-Match", etag);
        assertEquals(200, changed.status());
        assertEquals(3, changed.json().get("data").size());
    }

    /**
     * The millisecond seam: writes land while the poller follows its timestamps, many in the same
     * millisecond as an answer. Whatever the interleaving, the poller's copy ends equal to the board.
     */
    @Test
    void a_poller_following_timestamps_misses_no_change_while_writes_interleave() throws Exception {
        CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 150; i++) {
                String id = http.post("/tasks", json("title", "burst " + i, "listId", "list-todo")).json().get("id").asString();
                http.patch("/tasks/" + id, json("title", "burst " + i + " edited"));
                if (i % 3 == 0) {
                    http.delete("/tasks/" + id);
                }
            }
        });
        Map<String, JsonNode> copy = new HashMap<>();
        var first = http.get("/boards/board-1/updates").json();
        first.get("data").forEach(t -> copy.put(t.get("id").asString(), t));
        String since = first.get("timestamp").asString();
        boolean lastRound = false;
        while (!lastRound) {
            lastRound = writes.isDone(); // one more poll after the writer is done
            JsonNode answer = http.get("/boards/board-1/updates?since=" + since).json();
            answer.get("data").forEach(t -> copy.put(t.get("id").asString(), t));
            answer.get("deleted").forEach(id -> copy.remove(id.asString()));
            since = answer.get("timestamp").asString();
        }
        writes.get();

        JsonNode board = http.get("/boards/board-1/tasks").json().get("data");
        assertEquals(4 + 100, board.size(), "precondition: the writer left 100 of its tasks");
        Map<String, String> expected = new HashMap<>();
        board.forEach(t -> expected.put(t.get("id").asString(), t.get("title").asString()));
        Map<String, String> wrong = new HashMap<>(); // id -> what the board has, for every task the copy got wrong
        expected.forEach((id, title) -> {
            JsonNode mine = copy.get(id);
            if (mine == null || !mine.get("title").asString().equals(title)) {
                wrong.put(id, title + " (copy: " + (mine == null ? "missing" : mine.get("title").asString()) + ")");
            }
        });
        copy.keySet().stream().filter(id -> !expected.containsKey(id)).forEach(id -> wrong.put(id, "deleted (copy: kept)"));
        assertEquals(Map.of(), wrong, "the poller's copy differs from the board");
    }

    @Test
    void a_since_older_than_the_kept_log_answers_the_whole_board_and_says_reset() {
        String since = http.get("/boards/board-1/updates").json().get("timestamp").asString();
        assertEquals(204, http.delete("/tasks/task-4").status());
        for (int i = 0; i < 1100; i++) { // the log keeps the newest 1000 events of a board
            server.services().taskService().update("task-1", new TaskPatch("v" + i, false, null, false, null));
        }
        var response = http.get("/boards/board-1/updates?since=" + since);
        assertEquals(200, response.status(), response.body());
        assertTrue(response.json().get("reset").asBoolean(), "the deletion may be lost: say so. " + response.body());
        assertEquals(List.of("task-1", "task-2", "task-3"), ids(response.json().get("data")));

        String recent = response.json().get("timestamp").asString();
        server.services().taskService().update("task-2", new TaskPatch("recent", false, null, false, null));
        var diff = http.get("/boards/board-1/updates?since=" + recent);
        assertFalse(diff.json().has("reset"), diff.body());
        assertEquals(List.of("task-2"), ids(diff.json().get("data")));
    }

    @Test
    void since_accepts_an_offset_and_any_fraction() {
        var offset = http.get("/boards/board-1/updates?since=2026-01-05T10:00:00%2B01:00");
        assertEquals(200, offset.status(), offset.body());
        assertEquals(4, offset.json().get("data").size(), "09:00Z is not before 10:00+01:00");
        var micros = http.get("/boards/board-1/updates?since=2030-01-01T00:00:00.123456Z");
        assertEquals(200, micros.status(), micros.body());
        assertTrue(micros.json().get("data").isEmpty());
    }

    @Test
    void a_malformed_since_is_400_with_a_message() {
        for (String since : List.of("yesterday", "2026-13-01T00:00:00Z", "1700000000", "")) {
            var response = http.get("/boards/board-1/updates?since=" + since);
            assertEquals(400, response.status(), since + " -> " + response.body());
            assertTrue(response.json().get("error").asString().contains("ISO-8601"), response.body());
        }
        assertEquals(200, http.get("/boards/board-1/updates").status(), "the server stays up");
    }

    @Test
    void an_unknown_board_is_404() {
        var response = http.get("/boards/board-404/updates");
        assertEquals(404, response.status(), response.body());
        assertTrue(response.json().get("error").asString().contains("board-404"));
    }

    @Test
    void exercise_3_3_the_client_backs_off_while_nothing_changes_and_resets_on_change() {
        PollInterval interval = new PollInterval(Duration.ofSeconds(5), Duration.ofSeconds(30), 2);
        ScheduledExecutorService unused = Executors.newSingleThreadScheduledExecutor();
        try (PollingClient client = new PollingClient(server.baseUrl(), "board-1", interval, unused, poll -> { })) {
            List<PollingClient.Poll> polls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                polls.add(client.pollOnce());
            }
            assertEquals(List.of(200, 304, 304, 304, 304), polls.stream().map(PollingClient.Poll::status).toList(),
                    "the first poll loads the board; then the ETag makes every poll a 304");
            assertEquals(List.of(5L, 10L, 20L, 30L, 30L), polls.stream().map(p -> p.next().toSeconds()).toList());

            assertEquals(200, http.patch("/tasks/task-2", json("title", "Seen by the client")).status());
            PollingClient.Poll afterChange = client.pollOnce();
            assertTrue(afterChange.changed(), afterChange.toString());
            assertEquals(Duration.ofSeconds(5), afterChange.next(), "a change resets the interval");
            assertEquals(Duration.ofSeconds(10), client.pollOnce().next());
            assertEquals("Seen by the client", client.tasks().get("task-2").get("title").asString());
            assertEquals(4, client.tasks().size());
        } finally {
            unused.shutdownNow();
        }
    }

    @Test
    void exercise_3_3_the_client_polls_on_its_own_and_follows_changes() {
        PollInterval interval = new PollInterval(Duration.ofMillis(20), Duration.ofMillis(200), 2);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        List<PollingClient.Poll> polls = new CopyOnWriteArrayList<>();
        try (PollingClient client = new PollingClient(server.baseUrl(), "board-1", interval, scheduler, polls::add)) {
            client.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> polls.stream().anyMatch(p -> p.next().toMillis() == 200));
            assertEquals(204, http.delete("/tasks/task-1").status());
            await().atMost(Duration.ofSeconds(10)).until(() -> !client.tasks().containsKey("task-1"));
            assertEquals(3, client.tasks().size());
            assertTrue(polls.stream().skip(1).anyMatch(PollingClient.Poll::changed), polls.toString());
        } finally {
            scheduler.shutdownNow();
        }
    }

    protected static List<String> ids(JsonNode tasks) {
        List<String> ids = new ArrayList<>();
        tasks.forEach(t -> ids.add(t.get("id").asString()));
        return ids;
    }

    protected static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
