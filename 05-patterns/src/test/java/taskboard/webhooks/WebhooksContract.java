package taskboard.webhooks;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import taskboard.app.Json;
import taskboard.app.Stage;
import taskboard.testing.Http;
import taskboard.testing.TestServer;
import taskboard.testing.WebhookReceiver;

/**
 * L14's webhook consumer, against real local HTTP receivers: signed POSTs of each event, URL
 * validation, timeouts, and retries with backoff, including a receiver that is down and comes up.
 */
@Timeout(30)
public abstract class WebhooksContract {
    private static final String SECRET = "a-secret-of-at-least-16-chars";

    protected TestServer server;
    protected Http http;

    protected abstract Stage stage();

    @BeforeEach
    void startServer() {
        server = TestServer.start(stage(), s -> s.tune(WebhooksPlugin.Config.class, c -> {
            c.timeout = Duration.ofMillis(500);
            c.firstRetry = Duration.ofMillis(100);
            c.maxRetryDelay = Duration.ofMillis(400);
            c.maxAttempts = 30;
        }));
        http = server.http();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void posts_each_event_as_json_signed_with_the_webhook_secret() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            register(receiver.url("/hooks/board-1"), SECRET);
            String id = createTask("Announced");

            await().atMost(5, SECONDS).until(() -> receiver.received().size() == 1);
            var post = receiver.received().get(0);
            JsonNode body = Json.MAPPER.readTree(post.body());
            assertEquals("task_created", body.get("type").asString());
            assertEquals(id, body.get("task").get("id").asString());
            assertEquals("task_created", post.header("X-Taskboard-Event"));
            assertEquals("board-1", post.header("X-Taskboard-Board"));
            assertNotNull(post.header("X-Taskboard-Event-Id"));
            assertTrue(WebhookSignature.verify(SECRET, post.body(), post.header(WebhookSignature.HEADER)),
                    post.header(WebhookSignature.HEADER));
            assertFalse(WebhookSignature.verify("another-secret-entirely", post.body(), post.header(WebhookSignature.HEADER)));
        }
    }

    @Test
    void lists_webhooks_without_secrets_and_deleted_ones_get_nothing() {
        try (WebhookReceiver kept = WebhookReceiver.start(); WebhookReceiver removed = WebhookReceiver.start()) {
            register(kept.url("/kept"), SECRET);
            var created = register(removed.url("/removed"), null);
            assertEquals(64, created.get("secret").asString().length(), "a generated secret, shown once");

            JsonNode listed = http.get("/boards/board-1/webhooks").json().get("data");
            assertEquals(2, listed.size());
            listed.forEach(hook -> assertFalse(hook.has("secret"), hook.toString()));

            var deleted = http.delete("/boards/board-1/webhooks/" + created.get("id").asString());
            assertEquals(204, deleted.status(), deleted.body());
            assertEquals(404, http.delete("/boards/board-1/webhooks/" + created.get("id").asString()).status());

            createTask("Only for the kept one");
            await().atMost(5, SECONDS).until(() -> kept.received().size() == 1);
            assertTrue(removed.received().isEmpty());
        }
    }

    @Test
    void refuses_urls_that_are_not_absolute_http_or_https_with_400() {
        for (String url : List.of("ftp://example.com/hook", "not a url", "/relative/path", "javascript:alert(1)",
                "http://", "file:///etc/passwd")) {
            var response = http.post("/boards/board-1/webhooks", json("url", url));
            assertEquals(400, response.status(), url + " -> " + response.body());
            assertEquals("url", response.json().get("issues").get(0).get("path").asString(), response.body());
        }
        var missing = http.post("/boards/board-1/webhooks", "{}");
        assertEquals(400, missing.status(), missing.body());
        var shortSecret = http.post("/boards/board-1/webhooks", json("url", "http://127.0.0.1:9/x", "secret", "short"));
        assertEquals(400, shortSecret.status(), shortSecret.body());
        assertEquals("secret", shortSecret.json().get("issues").get(0).get("path").asString());
        var unknownBoard = http.post("/boards/board-404/webhooks", json("url", "https://example.com/hook"));
        assertEquals(404, unknownBoard.status(), unknownBoard.body());

        assertEquals(0, http.get("/boards/board-1/webhooks").json().get("data").size(), "nothing was registered");
        assertEquals(201, http.post("/boards/board-1/webhooks", json("url", "https://example.com/hook")).status());
    }

    @Test
    void retries_with_backoff_until_a_receiver_that_was_down_comes_up() {
        int port;
        try (WebhookReceiver probe = WebhookReceiver.start()) {
            port = probe.port(); // a port where nothing listens once the probe is closed
        }
        register("http://127.0.0.1:" + port + "/later", SECRET);
        WebhookSender sender = server.services().find(WebhookSender.class).orElseThrow();
        createTask("Sent while the receiver is down");

        await().atMost(10, SECONDS).until(() -> sender.failedAttempts() >= 2);
        try (WebhookReceiver receiver = WebhookReceiver.start(port)) {
            await().atMost(10, SECONDS).until(() -> receiver.received().size() == 1);
            var post = receiver.received().get(0);
            assertEquals("task_created", post.header("X-Taskboard-Event"));
            assertTrue(Integer.parseInt(post.header("X-Taskboard-Attempt")) >= 3, post.header("X-Taskboard-Attempt"));
            assertTrue(WebhookSignature.verify(SECRET, post.body(), post.header(WebhookSignature.HEADER)));
        }
    }

    @Test
    void an_error_status_is_retried_and_the_same_event_arrives_again() {
        AtomicInteger calls = new AtomicInteger();
        try (WebhookReceiver receiver = WebhookReceiver.start().answering(() -> calls.incrementAndGet() <= 2 ? 500 : 204)) {
            register(receiver.url("/flaky"), SECRET);
            createTask("Retried");

            await().atMost(10, SECONDS).until(() -> receiver.received().size() == 3);
            var ids = receiver.received().stream().map(r -> r.header("X-Taskboard-Event-Id")).distinct().toList();
            assertEquals(1, ids.size(), "three attempts of one event");
            assertEquals(List.of("1", "2", "3"), receiver.received().stream().map(r -> r.header("X-Taskboard-Attempt")).toList());
        }
    }

    @Test
    void a_hanging_receiver_times_out_without_delaying_another_webhook() {
        try (WebhookReceiver hanging = WebhookReceiver.start().hanging(); WebhookReceiver healthy = WebhookReceiver.start()) {
            register(hanging.url("/stalls"), SECRET);
            register(healthy.url("/answers"), SECRET);
            createTask("First");
            createTask("Second");

            await().atMost(5, SECONDS).until(() -> healthy.received().size() == 2);
            await().atMost(10, SECONDS).until(() -> hanging.received().size() >= 3); // timed out, retried
            assertEquals(201, http.post("/tasks", json("title", "Still fast", "listId", "list-todo")).status());
        }
    }

    protected JsonNode register(String url, String secret) {
        var response = secret == null
                ? http.post("/boards/board-1/webhooks", json("url", url))
                : http.post("/boards/board-1/webhooks", json("url", url, "secret", secret));
        assertEquals(201, response.status(), response.body());
        assertEquals(url, response.json().get("url").asString());
        return response.json();
    }

    protected String createTask(String title) {
        var created = http.post("/tasks", json("title", title, "listId", "list-todo"));
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asString();
    }
}
