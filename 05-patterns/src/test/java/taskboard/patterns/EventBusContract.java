package taskboard.patterns;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.events.BoardEvent;
import taskboard.testing.Http;
import taskboard.testing.TestServer;

/**
 * L14's pub/sub contract and exercises, run against 05-patterns (in-process and Redis buses) and
 * every later checkpoint: one publish reaches every subscriber in board order, subscribers are
 * isolated from each other, and new consumers need no route change.
 */
@Timeout(30)
public abstract class EventBusContract {
    protected TestServer server;
    protected Http http;
    protected final List<String> logLines = new CopyOnWriteArrayList<>();

    protected abstract Stage stage();

    /** More settings for the server under test (e.g. REDIS_URL). */
    protected Settings configure(Settings settings) {
        return settings;
    }

    @BeforeEach
    void startServer() {
        server = TestServer.start(stage(), s -> configure(s.tune(EventLoggingPlugin.Config.class, c -> c.sink = logLines::add)));
        http = server.http();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void exercise_14_1_one_publish_reaches_every_subscriber_in_board_order() {
        List<BoardEvent> first = subscribe();
        List<BoardEvent> second = subscribe();

        String id = createTask("list-todo", "Published once");
        http.patch("/tasks/" + id + "/move", json("listId", "list-done", "position", 0));
        http.delete("/tasks/" + id);

        await().atMost(5, SECONDS).until(() -> first.size() == 3 && second.size() == 3);
        assertEquals(List.of("task_created", "task_moved", "task_deleted"), types(first));
        assertEquals(first, second, "the same events, in the same order, once each");
        assertEquals(first.get(0).id() + 2, first.get(2).id(), "ids in order, none skipped");
    }

    @Test
    void a_throwing_subscriber_does_not_stop_the_others() {
        AtomicInteger calls = new AtomicInteger();
        server.services().delivery().subscribe(event -> {
            calls.incrementAndGet();
            throw new IllegalStateException("a broken subscriber");
        });
        List<BoardEvent> healthy = subscribe();

        createTask("list-todo", "One");
        createTask("list-todo", "Two");

        await().atMost(5, SECONDS).until(() -> healthy.size() == 2 && calls.get() == 2);
        assertEquals(List.of("task_created", "task_created"), types(healthy));
    }

    @Test
    void a_slow_subscriber_delays_neither_the_request_nor_the_others() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        List<BoardEvent> slow = new CopyOnWriteArrayList<>();
        server.services().delivery().subscribe(event -> {
            awaitQuietly(release);
            slow.add(event);
        });
        List<BoardEvent> fast = subscribe();

        createTask("list-todo", "One");
        createTask("list-todo", "Two");

        await().atMost(5, SECONDS).until(() -> fast.size() == 2);
        assertTrue(slow.isEmpty(), "the slow subscriber is still stuck on the first event");
        release.countDown();
        await().atMost(5, SECONDS).until(() -> slow.size() == 2);
        assertEquals(fast, slow, "once released it gets everything, in order");
    }

    @Test
    void unsubscribe_stops_delivery_to_that_subscriber_only() {
        List<BoardEvent> leaving = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = server.services().delivery().subscribe(leaving::add);
        List<BoardEvent> staying = subscribe();

        createTask("list-todo", "Before");
        await().atMost(5, SECONDS).until(() -> leaving.size() == 1 && staying.size() == 1);
        unsubscribe.run();
        createTask("list-todo", "After");

        await().atMost(5, SECONDS).until(() -> staying.size() == 2);
        assertEquals(1, leaving.size(), "nothing after unsubscribing");
    }

    @Test
    void exercise_14_2_the_logging_subscriber_sees_every_event() {
        String id = createTask("list-todo", "Logged");
        http.patch("/tasks/" + id, json("title", "Logged again"));
        http.delete("/tasks/" + id);

        await().atMost(5, SECONDS).until(() -> logLines.size() == 3);
        assertTrue(logLines.get(0).matches("event board-1 #\\d+ task_created " + id), logLines.get(0));
        assertTrue(logLines.get(1).contains("task_updated " + id), logLines.get(1));
        assertTrue(logLines.get(2).contains("task_deleted " + id), logLines.get(2));
    }

    @Test
    void exercise_14_3_counts_events_per_board_at_admin_event_counts() {
        server.services().boards().create("board-2", "Other board", List.of("Backlog"));
        List<BoardEvent> seen = subscribe();
        String id = createTask("list-todo", "Counted");
        http.delete("/tasks/" + id);
        createTask("board-2-list-0", "Counted elsewhere");
        await().atMost(5, SECONDS).until(() -> seen.size() == 3);

        await().atMost(5, SECONDS).until(() -> http.get("/admin/event-counts").json().get("total").asLong() == 3);
        JsonNode counts = http.get("/admin/event-counts").json();
        assertEquals(2, counts.get("boards").get("board-1").asLong());
        assertEquals(1, counts.get("boards").get("board-2").asLong());
        assertFalse(counts.get("boards").has("board-3"));
        assertTrue(counts.has("since"), counts.toString());
    }

    protected List<BoardEvent> subscribe() {
        List<BoardEvent> events = new CopyOnWriteArrayList<>();
        server.services().delivery().subscribe(events::add);
        return events;
    }

    protected String createTask(String listId, String title) {
        var created = http.post("/tasks", json("title", title, "listId", listId));
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asString();
    }

    protected static List<String> types(List<BoardEvent> events) {
        return events.stream().map(BoardEvent::type).toList();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
