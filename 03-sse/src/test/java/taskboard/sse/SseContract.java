package taskboard.sse;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.testing.Http;
import taskboard.testing.SseStream;
import taskboard.testing.TestServer;

/**
 * L5-L8's SSE contract and exercises, written once: SseIT runs it on 03-sse and every later
 * checkpoint extends it to prove it keeps this behaviour. Constants are shrunk through
 * {@link #tune}; a later stage that replaces {@link SsePlugin} overrides it.
 */
@Timeout(30)
public abstract class SseContract {
    protected static final Duration HEARTBEAT = Duration.ofMillis(300);
    protected static final int WINDOW = 50;

    protected TestServer server;
    protected Http http;
    private final List<SseStream> streams = new ArrayList<>();

    protected abstract Stage stage();

    /** The test constants: a short heartbeat (so dead clients are found fast) and a small replay window. */
    protected Settings tune(Settings settings) {
        return settings.tune(SsePlugin.Config.class, c -> {
            c.heartbeat = HEARTBEAT;
            c.replayWindow = WINDOW;
        });
    }

    @BeforeEach
    void startServer() {
        server = TestServer.start(stage(), this::tune);
        http = server.http();
        http.get("/health"); // warm up: the first request of a JVM is slow
    }

    @AfterEach
    void stopServer() {
        streams.forEach(SseStream::close);
        server.close();
    }

    protected SseStream open(String path, String... headers) {
        SseStream stream = SseStream.open(server.baseUrl() + path, headers);
        streams.add(stream);
        return stream;
    }

    /** Opens a board's stream and waits for its connected frame. */
    protected SseStream connect(String path, String... headers) {
        SseStream stream = open(path, headers);
        assertEquals(200, stream.status(), stream.errorBody());
        assertEquals("connected", stream.next().type());
        return stream;
    }

    protected String moveTask(String taskId, String listId, int position) {
        var response = http.patch("/tasks/" + taskId + "/move", json("listId", listId, "position", position));
        assertEquals(200, response.status(), response.body());
        return response.json().get("id").asString();
    }

    protected void rename(String taskId, String title) {
        var response = http.patch("/tasks/" + taskId, json("title", title));
        assertEquals(200, response.status(), response.body());
    }

    protected long latestId(String board) {
        return server.services().eventLog().latestId(board);
    }

    // L5 How SSE works

    @Test
    void exercise_5_1_the_stream_is_text_event_stream_for_a_plain_client_and_never_compressed() {
        SseStream stream = open("/boards/board-1/events", "Accept-Encoding", "gzip, deflate, br");
        assertEquals(200, stream.status());
        assertTrue(stream.header("Content-Type").startsWith("text/event-stream"), stream.header("Content-Type"));
        assertEquals("no-cache", stream.header("Cache-Control"));
        assertEquals("no", stream.header("X-Accel-Buffering"));
        assertNull(stream.header("Content-Encoding"), "an event stream is never compressed");
        assertEquals("{\"type\":\"connected\"}", stream.next().data());
    }

    @Test
    void exercise_5_2_sends_retry_before_the_connected_frame() {
        SseStream stream = connect("/boards/board-1/events");
        assertEquals("5000", stream.retry());
        List<String> lines = stream.rawLines();
        assertEquals("retry: 5000", lines.get(0));
        assertTrue(lines.indexOf("data: {\"type\":\"connected\"}") > 0, lines.toString());
    }

    @Test
    void exercise_5_3_a_title_with_line_breaks_cannot_break_the_frame() {
        SseStream stream = connect("/boards/board-1/events");
        rename("task-1", "first line\nsecond line\rthird\r\nfourth");
        SseStream.Event event = stream.next("task_updated");
        assertEquals("first line\nsecond line\rthird\r\nfourth", event.json().get("task").get("title").asString());
        assertEquals(1, stream.rawLines().stream().filter(l -> l.contains("first line")).count());
        assertTrue(stream.rawLines().stream().filter(l -> l.startsWith("data: ")).allMatch(l -> l.endsWith("}")),
                "every data line is a whole JSON document: " + stream.rawLines());
    }

    // L6 Building an SSE endpoint

    @Test
    void exercise_6_1_a_change_on_board_1_reaches_only_board_1_streams() {
        server.services().boards().create("board-2", "Other team", List.of("Backlog"));
        SseStream first = connect("/boards/board-1/events");
        SseStream second = connect("/boards/board-1/events");
        SseStream other = connect("/boards/board-2/events");

        moveTask("task-1", "list-done", 0);
        assertEquals("task-1", first.next("task_moved").json().get("task").get("id").asString());
        assertEquals("task-1", second.next("task_moved").json().get("task").get("id").asString());

        var created = http.post("/tasks", json("title", "Board two task", "listId", "board-2-list-0"));
        assertEquals(201, created.status(), created.body());
        SseStream.Event onBoard2 = other.next();
        assertEquals("task_created", onBoard2.type(), "board-2's stream works");
        assertEquals("board-2", onBoard2.json().get("boardId").asString());
        assertNull(other.poll(Duration.ofMillis(200)), "board-2's stream never saw board-1's move");
    }

    @Test
    void exercise_6_2_closed_clients_disappear_from_the_registry() {
        SseStream stream = connect("/boards/board-1/events");
        SseStream stays = connect("/boards/board-1/events");
        await().atMost(Duration.ofSeconds(5)).until(() -> boardCount("board-1") == 2);

        stream.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> boardCount("board-1") == 1);
        moveTask("task-2", "list-done", 0);
        assertEquals("task_moved", stays.next("task_moved").type(), "the remaining client still receives");
    }

    @Test
    void exercise_6_3_an_unknown_board_is_a_json_404_before_any_streaming() {
        SseStream stream = open("/boards/no-such-board/events");
        assertEquals(404, stream.status());
        assertTrue(stream.header("Content-Type").startsWith("application/json"), stream.header("Content-Type"));
        var body = new Http.Response(404, stream.errorBody(), stream.headers()).json();
        assertEquals("Board 'no-such-board' not found", body.get("error").asString());
        assertEquals(0, server.http().get("/admin/connections").json().get("total").asInt());
    }

    // L7 Event types and IDs

    @Test
    void exercise_7_1_frames_carry_the_event_id_the_event_name_and_typed_data() {
        SseStream stream = connect("/boards/board-1/events");
        moveTask("task-1", "list-progress", 0);
        SseStream.Event event = stream.next();
        assertEquals(String.valueOf(latestId("board-1")), event.id());
        assertEquals("task_moved", event.event());
        assertEquals("task_moved", event.type());
        assertTrue(stream.rawLines().contains("id: " + event.id()), stream.rawLines().toString());
        assertTrue(stream.rawLines().contains("event: task_moved"), stream.rawLines().toString());
    }

    @Test
    void exercise_7_2_replays_missed_events_after_last_event_id_in_order_once() {
        SseStream stream = connect("/boards/board-1/events");
        moveTask("task-1", "list-done", 0);
        String seen = stream.next("task_moved").id();
        stream.close();

        rename("task-2", "missed one");
        rename("task-3", "missed two");
        moveTask("task-4", "list-todo", 0);

        SseStream resumed = connect("/boards/board-1/events", "Last-Event-ID", seen);
        List<String> types = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            SseStream.Event event = resumed.next();
            types.add(event.type());
            ids.add(Long.parseLong(event.id()));
        }
        long first = Long.parseLong(seen) + 1;
        assertEquals(List.of(first, first + 1, first + 2), ids);
        assertEquals(List.of("task_updated", "task_updated", "task_moved"), types);
        rename("task-1", "live again");
        SseStream.Event live = resumed.next();
        assertEquals(String.valueOf(first + 3), live.id(), "live events follow the replay, nothing twice");
    }

    @Test
    void replays_without_gap_or_duplicate_while_events_are_published_concurrently() throws Exception {
        moveTask("task-1", "list-done", 0);
        long from = latestId("board-1");
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 40; i++) {
                rename("task-2", "concurrent " + i);
            }
        });
        writer.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> latestId("board-1") >= from + 3);
        // Resume while the writer is still publishing: the replay and the live events meet at a seam.
        SseStream stream;
        try {
            stream = connect("/boards/board-1/events", "Last-Event-ID", String.valueOf(from));
        } finally {
            writer.join(); // never leave it writing to a server that is being stopped
        }
        for (long expected = from + 1; expected <= from + 40; expected++) {
            SseStream.Event event = stream.next();
            assertEquals(String.valueOf(expected), event.id(), "ids arrive in order, each once");
        }
        assertNull(stream.poll(Duration.ofMillis(200)), "nothing after the last event");
    }

    @Test
    void exercise_7_3_past_the_replay_window_the_client_is_told_to_resync() {
        long start = latestId("board-1");
        for (int i = 0; i < WINDOW; i++) {
            rename("task-1", "title " + i);
        }
        SseStream within = connect("/boards/board-1/events", "Last-Event-ID", String.valueOf(start));
        assertEquals(String.valueOf(start + 1), within.next().id(), "as many missed events as the window still replay");

        rename("task-1", "one more");
        SseStream beyond = connect("/boards/board-1/events", "Last-Event-ID", String.valueOf(start));
        SseStream.Event resync = beyond.next();
        assertEquals("resync", resync.event());
        assertEquals("resync", resync.type());
        assertEquals("board-1", resync.json().get("boardId").asString());
        assertEquals(String.valueOf(latestId("board-1")), resync.id(), "the client's cursor moves to now");
        rename("task-2", "after the resync");
        assertEquals(String.valueOf(latestId("board-1")), beyond.next().id(), "live events follow the resync");
    }

    @Test
    void a_malformed_last_event_id_gets_a_resync() {
        SseStream stream = connect("/boards/board-1/events", "Last-Event-ID", "not-a-number");
        SseStream.Event event = stream.next();
        assertEquals("resync", event.event());
        assertTrue(event.json().get("reason").asString().contains("not-a-number"), event.data());
    }

    @Test
    void a_last_event_id_newer_than_the_log_gets_a_resync() {
        moveTask("task-1", "list-done", 0);
        SseStream stream = connect("/boards/board-1/events", "Last-Event-ID", "9999");
        SseStream.Event event = stream.next();
        assertEquals("resync", event.event(), "an id from before a database reset cannot be resumed");
        assertEquals(String.valueOf(latestId("board-1")), event.id());
    }

    @Test
    void a_fresh_stream_starts_at_the_latest_id_so_a_reconnect_misses_nothing() {
        moveTask("task-1", "list-done", 0);
        SseStream stream = open("/boards/board-1/events");
        SseStream.Event connected = stream.next();
        assertEquals(String.valueOf(latestId("board-1")), connected.id());
        stream.close();
        rename("task-2", "while away");
        SseStream resumed = connect("/boards/board-1/events", "Last-Event-ID", connected.id());
        assertEquals("while away", resumed.next().json().get("task").get("title").asString());
    }

    @Test
    void resumes_from_the_event_log_after_a_server_restart() {
        moveTask("task-1", "list-done", 0);
        long seen = latestId("board-1");
        rename("task-2", "before the restart");
        server.restart();
        http = server.http();
        SseStream stream = connect("/boards/board-1/events", "Last-Event-ID", String.valueOf(seen));
        SseStream.Event event = stream.next();
        assertEquals(String.valueOf(seen + 1), event.id());
        assertEquals("before the restart", event.json().get("task").get("title").asString());
    }

    // L8 SSE in practice

    @Test
    void exercise_8_1_sends_a_heartbeat_comment_at_the_configured_interval() {
        SseStream stream = connect("/boards/board-1/events");
        await().atMost(HEARTBEAT.multipliedBy(10)).until(() -> stream.comments().size() >= 2);
        assertTrue(stream.comments().stream().allMatch("heartbeat"::equals), stream.comments().toString());
        assertTrue(stream.rawLines().contains(": heartbeat"), stream.rawLines().toString());
    }

    @Test
    void exercise_8_2_connection_counts_follow_connects_and_disconnects() {
        server.services().boards().create("board-2", "Other team", List.of("Backlog"));
        assertEquals(0, http.get("/admin/connections").json().get("total").asInt());
        SseStream a = connect("/boards/board-1/events");
        SseStream b = connect("/boards/board-2/events");
        SseStream both = connect("/events?boards=board-1,board-2");
        await().atMost(Duration.ofSeconds(5)).until(() -> total() == 3);
        var counts = http.get("/admin/connections").json();
        assertEquals(2, counts.get("boards").get("board-1").asInt());
        assertEquals(2, counts.get("boards").get("board-2").asInt());

        a.close();
        both.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> total() == 1);
        assertEquals(0, boardCount("board-1"));
        assertEquals(1, boardCount("board-2"));
        assertFalse(b.ended());
    }

    @Test
    void exercise_8_3_one_stream_carries_several_boards_with_a_cursor_per_board() {
        server.services().boards().create("board-2", "Other team", List.of("Backlog"));
        SseStream stream = open("/events?boards=board-1,board-2");
        SseStream.Event connected = stream.next();
        assertEquals("connected", connected.type());
        assertEquals("board-1:0,board-2:0", connected.id());

        moveTask("task-1", "list-done", 0);
        var created = http.post("/tasks", json("title", "Board two task", "listId", "board-2-list-0"));
        assertEquals(201, created.status(), created.body());
        SseStream.Event first = stream.next();
        SseStream.Event second = stream.next();
        assertEquals("board-1", first.json().get("boardId").asString());
        assertEquals("board-1:1,board-2:0", first.id());
        assertEquals("board-2", second.json().get("boardId").asString());
        assertEquals("board-1:1,board-2:1", second.id());
        stream.close();

        rename("task-2", "missed on board-1");
        SseStream resumed = connect("/events?boards=board-1,board-2", "Last-Event-ID", second.id());
        SseStream.Event missed = resumed.next();
        assertEquals("board-1:2,board-2:1", missed.id());
        assertEquals("missed on board-1", missed.json().get("task").get("title").asString());
    }

    @Test
    void a_multi_board_stream_refuses_a_missing_list_and_unknown_boards() {
        SseStream none = open("/events");
        assertEquals(400, none.status(), none.errorBody());
        assertTrue(none.errorBody().contains("boards"), none.errorBody());
        SseStream unknown = open("/events?boards=board-1,nope");
        assertEquals(404, unknown.status(), unknown.errorBody());
        assertTrue(unknown.errorBody().contains("nope"), unknown.errorBody());
        connect("/events?boards=board-1");
    }

    protected int total() {
        return http.get("/admin/connections").json().get("total").asInt();
    }

    protected int boardCount(String board) {
        return http.get("/admin/connections").json().get("boards").path(board).asInt(0);
    }
}
