package taskboard.scaling;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static taskboard.scaling.CrossInstanceEventsIT.create;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import taskboard.patterns.Stage05;
import taskboard.testing.EmbeddedRedis;
import taskboard.testing.Http;
import taskboard.testing.SseStream;
import taskboard.websocket.testing.SignIn;
import taskboard.websocket.testing.WsClient;

/**
 * L16 exercise 1 per transport: a change made through instance A reaches SSE, WebSocket and
 * long-poll clients connected to instance B, and an SSE client resumes on B where it left A.
 */
@Timeout(60)
class CrossInstanceTransportsIT {
    private static EmbeddedRedis redis;
    private TwoInstances two;

    @BeforeAll
    static void startRedis() {
        redis = EmbeddedRedis.launch();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void startInstances() {
        two = TwoInstances.start(Stage05.STAGE, redis, s -> s);
    }

    @AfterEach
    void stopInstances() {
        two.close();
    }

    @Test
    void an_sse_client_on_b_gets_a_change_made_on_a() {
        try (SseStream stream = SseStream.open(two.b.baseUrl() + "/boards/board-1/events")) {
            assertEquals("connected", stream.next().type());
            String id = create(two.a.http(), "Streamed across");
            SseStream.Event event = stream.next("task_created");
            assertEquals(id, event.json().get("task").get("id").asString());
            assertEquals(String.valueOf(two.a.services().eventLog().latestId("board-1")), event.id());
        }
    }

    @Test
    void an_sse_client_that_read_ids_from_a_resumes_on_b_with_last_event_id_and_loses_nothing() {
        String lastSeen;
        try (SseStream onA = SseStream.open(two.a.baseUrl() + "/boards/board-1/events")) {
            onA.next();
            create(two.a.http(), "Seen on A");
            lastSeen = onA.next("task_created").id();
        }
        String missed1 = create(two.a.http(), "Missed, written on A");
        String missed2 = create(two.b.http(), "Missed, written on B");

        try (SseStream onB = SseStream.open(two.b.baseUrl() + "/boards/board-1/events", "Last-Event-ID", lastSeen)) {
            SseStream.Event first = onB.next("task_created");
            SseStream.Event second = onB.next("task_created");
            assertEquals(List.of(missed1, missed2), List.of(taskId(first), taskId(second)), "the gap, in order");
            assertEquals(Long.parseLong(lastSeen) + 1, Long.parseLong(first.id()));
            String live = create(two.a.http(), "Live after the resume");
            SseStream.Event third = onB.next("task_created");
            assertEquals(live, taskId(third), "then live events, none twice");
            assertEquals(Long.parseLong(lastSeen) + 3, Long.parseLong(third.id()));
        }
    }

    @Test
    void a_websocket_client_on_b_gets_a_change_made_on_a() {
        try (WsClient socket = SignIn.joined(two.b, "user-alice", "board-1")) {
            String id = create(two.a.http(), "Pushed across");
            JsonNode event = socket.nextOfType("task_created");
            assertEquals(id, event.get("task").get("id").asString());
            assertEquals(two.a.services().eventLog().latestId("board-1"), event.get("eventId").asLong());
        }
    }

    @Test
    void a_long_poll_on_b_is_answered_by_a_change_made_on_a() {
        CompletableFuture<Http.Response> poll = pollAsync(two.b.http(), "/boards/board-1/poll");
        await().atMost(5, SECONDS).until(() -> two.b.http().get("/admin/long-polls").json()
                .path("boards").path("board-1").asInt(0) == 1);

        String id = create(two.a.http(), "Woke a poll across");
        Http.Response answer = poll.orTimeout(10, SECONDS).join();
        assertEquals(200, answer.status(), answer.body());
        JsonNode event = answer.json().get("data").get(0);
        assertEquals("task_created", event.get("type").asString());
        assertEquals(id, event.get("task").get("id").asString());
    }

    private static String taskId(SseStream.Event event) {
        return event.json().get("task").get("id").asString();
    }

    private static CompletableFuture<Http.Response> pollAsync(Http client, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(client.baseUrl() + path))
                .timeout(Duration.ofSeconds(90)).GET().build();
        return Http.client().sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Http.Response(r.statusCode(), r.body(), r.headers()));
    }
}
