package taskboard.sse;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import taskboard.testing.Http;
import taskboard.testing.RawSseSocket;
import taskboard.testing.SseStream;
import taskboard.testing.TestServer;

/**
 * L8, slow consumers: a client that stops reading (its TCP window is full) fills only its own
 * bounded outbox, is disconnected, and later resumes from its last id without losing an event,
 * while a normal client next to it keeps receiving every event within a second.
 */
@Timeout(60)
class SlowConsumerIT {
    // Loopback socket buffers hold a few MB before the server's writes stop (about 280 such events here).
    private static final int MAX_EVENTS = 900;
    private static final String BIG_DESCRIPTION = "x".repeat(9_990); // ~10 KB per event fills the socket fast

    private TestServer server;
    private Http http;

    @BeforeEach
    void start() {
        server = TestServer.start(Stage03.STAGE, s -> s.tune(SsePlugin.Config.class, c -> {
            c.outboxLimit = 8;
            c.replayWindow = 1000; // the missed events must be replayable, not a resync
        }));
        http = server.http();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_client_that_stops_reading_is_disconnected_without_delaying_others_and_resumes_without_loss()
            throws Exception {
        try (SseStream normal = SseStream.open(server.baseUrl() + "/boards/board-1/events");
             RawSseSocket slow = new RawSseSocket(server.port(), "/boards/board-1/events")) {
            assertEquals("connected", normal.next().type());
            await().atMost(Duration.ofSeconds(5)).until(() -> connections() == 2);

            int published = 0;
            while (connections() == 2 && published < MAX_EVENTS) {
                var response = http.patch("/tasks/task-1", json("description", BIG_DESCRIPTION + published));
                assertEquals(200, response.status(), response.body());
                published++;
                SseStream.Event event = normal.next(Duration.ofSeconds(1)); // fails if the slow one delays it
                assertEquals(String.valueOf(published), event.id());
            }
            assertEquals(1, connections(), "the slow consumer was dropped after " + published + " events");
            assertTrue(published > 8, "it was dropped because its outbox overflowed, not at once: " + published);

            // It comes back with the id of the last whole frame it got, like a browser.
            String lastId = RawSseSocket.lastCompleteId(slow.readToEnd());
            assertNotNull(lastId, "the slow client had received some frames");
            long last = Long.parseLong(lastId);
            assertTrue(last < published, "it had missed events: last " + last + " of " + published);
            try (SseStream resumed = SseStream.open(server.baseUrl() + "/boards/board-1/events", "Last-Event-ID", lastId)) {
                assertEquals("connected", resumed.next().type());
                // A live event right after a replay longer than the outbox limit follows the replay (OutboxTest
                // covers the case where it arrives while the replay is still queued).
                var live = http.patch("/tasks/task-2", json("title", "live after the replay"));
                assertEquals(200, live.status(), live.body());
                for (long id = last + 1; id <= published; id++) {
                    assertEquals(String.valueOf(id), resumed.next().id(), "every missed event, in order, once");
                }
                SseStream.Event after = resumed.next();
                assertEquals(String.valueOf(published + 1), after.id());
                assertEquals("live after the replay", after.json().get("task").get("title").asString());
            }
        }
    }

    private int connections() {
        return http.get("/admin/connections").json().get("total").asInt();
    }
}
