package taskboard.polling;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.data.TaskService.TaskPatch;
import taskboard.testing.Http;
import taskboard.testing.TestServer;
import tools.jackson.databind.JsonNode;

/**
 * L4's long-polling contract and its exercises. Written once, run against 02-polling (LongPollIT)
 * and against every later checkpoint, which must keep it. Waiting polls are counted through
 * {@code GET /admin/long-polls}.
 */
@Timeout(30)
public abstract class LongPollContract {
    private static final Duration LONG = Duration.ofSeconds(60);

    private final List<TestServer> servers = new ArrayList<>();
    protected TestServer server;
    protected Http http;

    /** The checkpoint under test. */
    protected abstract Stage stage();

    /** Sets the long-poll timeout; a stage that replaces LongPollPlugin overrides this. */
    protected Settings withTimeout(Settings settings, Duration timeout) {
        return settings.tune(LongPollPlugin.Config.class, c -> c.timeout = timeout);
    }

    protected TestServer start(Duration timeout) {
        TestServer started = TestServer.start(stage(), s -> withTimeout(s, timeout));
        servers.add(started);
        server = started;
        http = started.http();
        return started;
    }

    @AfterEach
    void stopServers() {
        servers.forEach(TestServer::close);
    }

    @Test
    void exercise_4_1_a_poll_without_changes_answers_timeout_true() {
        start(Duration.ofMillis(300));
        var response = http.get("/boards/board-1/poll");
        assertEquals(200, response.status(), response.body());
        assertTrue(response.json().get("data").isEmpty(), response.body());
        assertTrue(response.json().get("timeout").asBoolean(), response.body());
        assertTrue(response.json().get("cursor").isIntegralNumber(), "the cursor to poll on with: " + response.body());
        assertEquals(0, waiting("board-1"));
    }

    @Test
    void a_change_wakes_the_waiting_poll_with_the_event() {
        start(LONG);
        CompletableFuture<Http.Response> poll = pollAsync("/boards/board-1/poll");
        await().until(() -> waiting("board-1") == 1);

        String id = http.post("/tasks", json("title", "Wake up", "listId", "list-todo")).json().get("id").asString();

        Http.Response response = poll.join();
        assertEquals(200, response.status(), response.body());
        JsonNode event = response.json().get("data").get(0);
        assertEquals("task_created", event.get("type").asString());
        assertEquals(id, event.get("task").get("id").asString());
        assertEquals("Wake up", event.get("task").get("title").asString());
        assertTrue(response.json().has("timestamp"), response.body());
        assertFalse(response.json().has("timeout"), response.body());
        assertEquals(server.services().eventLog().latestId("board-1"), response.json().get("cursor").asLong());
        assertEquals(0, waiting("board-1"), "an answered poll leaves the registry");
    }

    @Test
    void one_change_wakes_every_waiting_poll_of_the_board() {
        start(LONG);
        List<CompletableFuture<Http.Response>> polls = IntStream.range(0, 10)
                .mapToObj(i -> pollAsync("/boards/board-1/poll")).toList();
        await().until(() -> waiting("board-1") == 10);

        assertEquals(200, http.patch("/tasks/task-1/move", json("listId", "list-done", "position", 0)).status());

        for (CompletableFuture<Http.Response> poll : polls) {
            JsonNode answer = poll.join().json();
            assertEquals("task_moved", answer.get("data").get(0).get("type").asString(), answer.toString());
        }
        assertEquals(0, waiting("board-1"));
    }

    @Test
    void exercise_4_2_a_poll_with_an_old_cursor_answers_at_once_with_every_missed_change() {
        start(LONG); // if the poll waited, it would wait 60 s and the test would time out
        long cursor = server.services().eventLog().latestId("board-1");
        http.patch("/tasks/task-1", json("title", "one"));
        http.patch("/tasks/task-2", json("title", "two"));
        http.delete("/tasks/task-3");

        var response = http.get("/boards/board-1/poll?cursor=" + cursor);
        assertEquals(200, response.status(), response.body());
        JsonNode data = response.json().get("data");
        assertEquals(List.of("task_updated", "task_updated", "task_deleted"), types(data));
        assertEquals("one", data.get(0).get("task").get("title").asString());
        assertEquals("task-3", data.get(2).get("taskId").asString());
        assertEquals(cursor + 3, response.json().get("cursor").asLong());
    }

    @Test
    void exercise_4_2_a_client_following_cursors_misses_nothing_in_a_burst() {
        start(LONG);
        long cursor = server.services().eventLog().latestId("board-1");
        int burst = 60;
        CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < burst; i++) {
                http.post("/tasks", json("title", "burst " + i, "listId", "list-todo"));
            }
        });
        List<String> seen = new ArrayList<>();
        int polls = 0;
        while (seen.size() < burst) {
            JsonNode answer = http.get("/boards/board-1/poll?cursor=" + cursor).json();
            answer.get("data").forEach(event -> seen.add(event.get("task").get("title").asString()));
            cursor = answer.get("cursor").asLong();
            polls++;
        }
        writes.join();
        assertEquals(IntStream.range(0, burst).mapToObj(i -> "burst " + i).toList(), seen,
                "every change once, in order, over " + polls + " polls");
    }

    @Test
    void a_poll_with_the_latest_cursor_waits_for_the_next_change() {
        start(LONG);
        long cursor = server.services().eventLog().latestId("board-1");
        CompletableFuture<Http.Response> poll = pollAsync("/boards/board-1/poll?cursor=" + cursor);
        await().until(() -> waiting("board-1") == 1);
        assertFalse(poll.isDone(), "nothing new yet");

        http.patch("/tasks/task-4", json("title", "next"));
        JsonNode answer = poll.join().json();
        assertEquals(List.of("task_updated"), types(answer.get("data")));
        assertEquals(cursor + 1, answer.get("cursor").asLong());
    }

    @Test
    void exercise_4_3_a_poll_whose_client_disconnects_leaves_no_waiter_behind() throws Exception {
        start(LONG);
        try (Socket socket = new Socket("localhost", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /boards/board-1/poll HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await().until(() -> waiting("board-1") == 1);
        } // the client goes away, 60 s before the poll's timeout
        await().atMost(Duration.ofSeconds(5)).until(() -> waiting("board-1") == 0);
        assertEquals(200, http.get("/health").status());
    }

    @Test
    void exercise_4_3_one_kept_alive_connection_carries_poll_after_poll_and_each_is_watched() throws Exception {
        start(LONG);
        try (Socket socket = new Socket("localhost", server.port())) {
            OutputStream out = socket.getOutputStream();
            byte[] poll = "GET /boards/board-1/poll HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            out.write(poll);
            out.flush();
            await().until(() -> waiting("board-1") == 1);
            http.patch("/tasks/task-1", json("title", "first answer"));
            String first = readResponse(socket);
            assertTrue(first.startsWith("HTTP/1.1 200") && first.contains("first answer"), first);

            out.write(poll); // the same connection: Jetty must read this request whole
            out.flush();
            await().until(() -> waiting("board-1") == 1);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> waiting("board-1") == 0);
    }

    @Test
    void exercise_4_3_a_cancelled_http_client_poll_leaves_no_waiter_behind() {
        start(LONG);
        CompletableFuture<Http.Response> poll = pollAsync("/boards/board-1/poll");
        await().until(() -> waiting("board-1") == 1);
        poll.cancel(true);
        await().atMost(Duration.ofSeconds(5)).until(() -> waiting("board-1") == 0);
    }

    @Test
    void exercise_4_3_a_change_on_one_board_wakes_no_waiter_of_another() {
        start(LONG);
        server.services().boards().create("board-2", "Other board", List.of("Backlog"));
        CompletableFuture<Http.Response> board1 = pollAsync("/boards/board-1/poll");
        CompletableFuture<Http.Response> board2 = pollAsync("/boards/board-2/poll");
        await().until(() -> waiting("board-1") == 1 && waiting("board-2") == 1);

        http.post("/tasks", json("title", "Only board 1", "listId", "list-todo"));
        assertEquals("Only board 1", board1.join().json().get("data").get(0).get("task").get("title").asString());
        assertFalse(board2.isDone(), "board-2's poll is still waiting");
        assertEquals(1, waiting("board-2"));

        http.post("/tasks", json("title", "Board 2 at last", "listId", "board-2-list-0"));
        JsonNode answer = board2.join().json();
        assertEquals("board-2", answer.get("data").get(0).get("boardId").asString());
        assertEquals(1, answer.get("data").size(), "board-1's change never reached it: " + answer);
    }

    @Test
    void a_cursor_ahead_of_the_log_tells_the_client_to_refetch() {
        start(LONG);
        long latest = server.services().eventLog().latestId("board-1");
        var response = http.get("/boards/board-1/poll?cursor=" + (latest + 5));
        assertEquals(200, response.status(), response.body());
        assertTrue(response.json().get("reset").asBoolean(), response.body());
        assertEquals(latest, response.json().get("cursor").asLong());
    }

    @Test
    void a_cursor_older_than_the_kept_log_tells_the_client_to_refetch() {
        start(LONG);
        for (int i = 0; i < 1100; i++) { // the log keeps the newest 1000 events of a board
            server.services().taskService().update("task-1", new TaskPatch("v" + i, false, null, false, null));
        }
        var lost = http.get("/boards/board-1/poll?cursor=1");
        assertTrue(lost.json().get("reset").asBoolean(), lost.body());

        long latest = server.services().eventLog().latestId("board-1");
        var kept = http.get("/boards/board-1/poll?cursor=" + (latest - 2));
        assertEquals(2, kept.json().get("data").size(), kept.body());
        assertFalse(kept.json().has("reset"), kept.body());
    }

    @Test
    void an_unknown_board_is_404_at_once() {
        start(LONG);
        var response = http.get("/boards/board-404/poll");
        assertEquals(404, response.status(), response.body());
        assertTrue(response.json().get("error").asString().contains("board-404"), response.body());
    }

    @Test
    void a_malformed_cursor_is_400_with_a_message() {
        start(LONG);
        for (String cursor : List.of("abc", "-1", "1.5", "99999999999999999999", "")) {
            var response = http.get("/boards/board-1/poll?cursor=" + cursor);
            assertEquals(400, response.status(), cursor + " -> " + response.body());
            assertTrue(response.json().get("error").asString().contains("cursor"), response.body());
        }
        assertEquals(0, waiting("board-1"), "nothing waits after a refusal");
    }

    @Test
    void polls_in_flight_are_answered_when_the_server_stops() {
        TestServer stopping = TestServer.start(stage(), s -> withTimeout(s, LONG));
        servers.add(stopping); // closed again after the test (a no-op) if an assertion stops it early
        Http client = stopping.http();
        List<CompletableFuture<Http.Response>> polls = IntStream.range(0, 3)
                .mapToObj(i -> pollAsync(client, "/boards/board-1/poll")).toList();
        await().until(() -> waiting(client, "board-1") == 3);

        stopping.close();

        for (CompletableFuture<Http.Response> poll : polls) {
            Http.Response response = poll.join();
            assertEquals(200, response.status(), response.body());
            assertTrue(response.json().get("timeout").asBoolean(), "answered, not dropped: " + response.body());
        }
    }

    /** One HTTP/1.1 response with a Content-Length, read from a raw socket. */
    private static String readResponse(Socket socket) throws java.io.IOException {
        var in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new java.io.EOFException("closed after " + head);
            }
            head.append((char) b);
        }
        int length = head.toString().lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
                .map(l -> Integer.parseInt(l.substring(15).trim())).findFirst().orElseThrow();
        return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    protected int waiting(String boardId) {
        return waiting(http, boardId);
    }

    protected static int waiting(Http client, String boardId) {
        JsonNode counts = client.get("/admin/long-polls").json();
        return counts.get("boards").path(boardId).asInt(0);
    }

    protected CompletableFuture<Http.Response> pollAsync(String path) {
        return pollAsync(http, path);
    }

    /** A poll on its own connection, answered later: the JDK client's async send. */
    protected static CompletableFuture<Http.Response> pollAsync(Http client, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(client.baseUrl() + path))
                .timeout(Duration.ofSeconds(90)).GET().build();
        return Http.client().sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Http.Response(r.statusCode(), r.body(), r.headers()));
    }

    protected static List<String> types(JsonNode events) {
        List<String> types = new ArrayList<>();
        events.forEach(e -> types.add(e.get("type").asString()));
        return types;
    }
}
