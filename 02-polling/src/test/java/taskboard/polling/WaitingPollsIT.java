package taskboard.polling;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import taskboard.testing.Http;
import taskboard.testing.TestServer;
import tools.jackson.databind.JsonNode;

/** What only 02-polling's own server shows: waiting polls hold no thread, and how they are counted. */
@Timeout(60)
class WaitingPollsIT {

    @Test
    void three_hundred_waiting_polls_hold_no_server_thread_each() {
        try (TestServer server = TestServer.start(Stage02.STAGE)) {
            QueuedThreadPool jetty = (QueuedThreadPool) server.server().javalin().jettyServer().server().getThreadPool();
            List<CompletableFuture<Http.Response>> polls = IntStream.range(0, 300)
                    .mapToObj(i -> LongPollContract.pollAsync(server.http(), "/boards/board-1/poll")).toList();
            await().atMost(Duration.ofSeconds(20)).until(() -> LongPollContract.waiting(server.http(), "board-1") == 300);

            int busy = jetty.getBusyThreads();
            long longPollThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("long-poll")).count();
            assertTrue(busy < 20, "300 polls wait, " + busy + " Jetty threads are busy");
            assertTrue(longPollThreads <= 3, longPollThreads + " long-poll threads");

            server.http().post("/tasks", json("title", "Everyone wakes", "listId", "list-todo"));
            polls.forEach(poll -> assertEquals(200, poll.join().status()));
            assertEquals(0, LongPollContract.waiting(server.http(), "board-1"));
        }
    }

    @Test
    void admin_long_polls_counts_waiting_polls_per_board() {
        try (TestServer server = TestServer.start(Stage02.STAGE)) {
            server.services().boards().create("board-2", "Other board", List.of("Backlog"));
            var polls = List.of(
                    LongPollContract.pollAsync(server.http(), "/boards/board-1/poll"),
                    LongPollContract.pollAsync(server.http(), "/boards/board-1/poll"),
                    LongPollContract.pollAsync(server.http(), "/boards/board-2/poll"));
            await().until(() -> server.http().get("/admin/long-polls").json().get("waiting").asInt() == 3);

            JsonNode counts = server.http().get("/admin/long-polls").json();
            assertEquals(2, counts.get("boards").get("board-1").asInt());
            assertEquals(1, counts.get("boards").get("board-2").asInt());
            assertEquals(3, server.services().find(LongPollWaiters.class).orElseThrow().count());

            server.http().post("/tasks", json("title", "x", "listId", "board-2-list-0"));
            polls.get(2).join();
            await().until(() -> server.http().get("/admin/long-polls").json().get("waiting").asInt() == 2);
            assertTrue(server.http().get("/admin/long-polls").json().get("boards").path("board-2").isMissingNode(),
                    "boards without waiting polls are left out");
        }
    }
}
