package taskboard.polling.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import taskboard.app.Json;
import tools.jackson.databind.JsonNode;

/**
 * A short-polling client (L3): keeps a copy of a board's tasks by polling
 * {@code /boards/{boardId}/updates?since=...} with {@code If-None-Match}, and waits between polls
 * as {@link PollInterval} says: longer while nothing changes, back to the base after a change.
 * Tasks are kept by id, so a change the server sends twice is applied twice, harmlessly.
 */
public final class PollingClient implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PollingClient.class);

    /** What one poll saw and how long the client will wait before the next. */
    public record Poll(int status, boolean changed, Duration next) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String updatesUrl;
    private final PollInterval interval;
    private final ScheduledExecutorService scheduler;
    private final Consumer<Poll> listener;
    private final Map<String, JsonNode> tasks = Collections.synchronizedMap(new LinkedHashMap<>());
    private String since;
    private String etag;
    private Duration current;
    private volatile boolean closed;

    public PollingClient(String baseUrl, String boardId, PollInterval interval,
                         ScheduledExecutorService scheduler, Consumer<Poll> listener) {
        this.updatesUrl = baseUrl + "/boards/" + URLEncoder.encode(boardId, StandardCharsets.UTF_8) + "/updates";
        this.interval = interval;
        this.scheduler = scheduler;
        this.listener = listener;
        this.current = interval.base();
    }

    /** Polls now, then again and again on the scheduler until closed. */
    public void start() {
        scheduler.execute(this::pollAndReschedule);
    }

    /** One poll: applies what changed and returns the wait it chose. Not thread-safe: one poll at a time. */
    public Poll pollOnce() {
        boolean changed = false;
        int status = 0;
        try {
            HttpResponse<String> response = http.send(request(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            if (status == 200) {
                changed = apply(Json.MAPPER.readTree(response.body()));
                etag = response.headers().firstValue("ETag").orElse(null);
            }
        } catch (IOException e) {
            log.debug("Poll of {} failed: {}", updatesUrl, e.toString()); // an unreachable server: back off too
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        current = interval.next(current, changed);
        return new Poll(status, changed, current);
    }

    /** The client's copy of the board: task id -> task, as the server last sent it. */
    public Map<String, JsonNode> tasks() {
        synchronized (tasks) {
            return Map.copyOf(tasks);
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    private void pollAndReschedule() {
        if (closed) {
            return;
        }
        Poll poll = pollOnce();
        listener.accept(poll);
        if (!closed) {
            scheduler.schedule(this::pollAndReschedule, poll.next().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private HttpRequest request() {
        String url = since == null ? updatesUrl : updatesUrl + "?since=" + URLEncoder.encode(since, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return request.build();
    }

    /** Applies an answer; true when it held any change. */
    private boolean apply(JsonNode answer) {
        synchronized (tasks) {
            if (since == null || answer.path("reset").asBoolean(false)) {
                tasks.clear(); // the answer is the whole board
            }
            answer.get("data").forEach(task -> tasks.put(task.get("id").asString(), task));
            answer.path("deleted").forEach(id -> tasks.remove(id.asString()));
        }
        since = answer.get("timestamp").asString();
        return !answer.get("data").isEmpty() || !answer.path("deleted").isEmpty() || answer.path("reset").asBoolean(false);
    }
}
