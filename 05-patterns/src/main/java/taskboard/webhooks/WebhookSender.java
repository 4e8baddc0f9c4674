package taskboard.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import taskboard.events.BoardEvent;

/**
 * POSTs one event to one webhook: the event's JSON as the body, signed, with a timeout, retried
 * with exponential backoff (1 s, 2 s, 4 s... up to a cap) until it is answered 2xx or the attempts
 * run out. Everything is asynchronous: no thread of the bus or of a request ever waits for a
 * receiver.
 */
public final class WebhookSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhooksPlugin.Config config;
    private final HttpClient client;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "webhook-retries");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();

    public WebhookSender(WebhooksPlugin.Config config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.timeout).build();
    }

    public void send(Webhook hook, BoardEvent event) {
        attempt(hook, event, 1);
    }

    private void attempt(Webhook hook, BoardEvent event, int attempt) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(hook.url()))
                .timeout(config.timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "taskboard-webhooks")
                .header("X-Taskboard-Event", event.type())
                .header("X-Taskboard-Event-Id", String.valueOf(event.id()))
                .header("X-Taskboard-Board", event.boardId())
                .header("X-Taskboard-Attempt", String.valueOf(attempt))
                .header(WebhookSignature.HEADER, WebhookSignature.sign(hook.secret(), event.json()))
                .POST(HttpRequest.BodyPublishers.ofString(event.json()))
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                delivered.incrementAndGet();
                return;
            }
            failedAttempts.incrementAndGet();
            String why = error != null ? error.toString() : "status " + response.statusCode();
            if (attempt >= config.maxAttempts) {
                abandoned.incrementAndGet();
                log.warn("Webhook {} gave up on {} #{} after {} attempts: {}", hook.url(), event.boardId(),
                        event.id(), attempt, why);
                return;
            }
            Duration delay = backoff(attempt);
            log.info("Webhook {} attempt {} failed ({}), retrying in {} ms", hook.url(), attempt, why, delay.toMillis());
            if (!retries.isShutdown()) {
                retries.schedule(() -> attempt(hook, event, attempt + 1), delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    /** 1st retry after firstRetry, then doubling, never more than maxRetryDelay. */
    Duration backoff(int failedAttempt) {
        long millis = config.firstRetry.toMillis() << Math.min(failedAttempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, config.maxRetryDelay.toMillis()));
    }

    public long delivered() {
        return delivered.get();
    }

    public long failedAttempts() {
        return failedAttempts.get();
    }

    public long abandoned() {
        return abandoned.get();
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }
}
