package taskboard.capstone.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import taskboard.app.Json;

/**
 * L3/L4's clients. Short polling asks {@code /updates?since=} every interval; long polling asks
 * {@code /poll} again as soon as an answer (a change or a timeout) comes back, passing the cursor
 * it was given so nothing between two polls is missed. Every request and every byte is counted:
 * the cost of polling is the point of the comparison.
 */
final class PollingSubscriber implements Subscriber {
    private final int index;
    private final HttpClient client;
    private final Target target;
    private final Deliveries deliveries;
    private final ScheduledExecutorService timer;
    private final Duration interval; // null: long polling
    private final CompletableFuture<Void> firstAnswer = new CompletableFuture<>();
    private final java.util.Set<Integer> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile String cursorQuery = "";
    private volatile boolean closed;

    PollingSubscriber(int index, HttpClient client, Target target, Deliveries deliveries,
                      ScheduledExecutorService timer, Duration interval) {
        this.index = index;
        this.client = client;
        this.target = target;
        this.deliveries = deliveries;
        this.timer = timer;
        this.interval = interval;
    }

    /** Long polling continues from {@code cursor} (the board's newest event id when the run starts). */
    void startAt(long cursor) {
        cursorQuery = "?cursor=" + cursor;
    }

    @Override
    public CompletableFuture<Void> open() {
        if (interval == null) {
            // With a cursor nothing after it can be missed, however late the poll reaches the server.
            poll("/boards/board-1/poll");
            return CompletableFuture.completedFuture(null);
        }
        poll("/boards/board-1/updates"); // the first answer holds every task and the timestamp to go on from
        return firstAnswer;
    }

    private void poll(String path) {
        if (closed) {
            return;
        }
        deliveries.request();
        client.sendAsync(target.request(URI.create(target.baseUrl() + path + cursorQuery)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .whenComplete((response, failure) -> {
                    if (failure != null || response.statusCode() != 200) {
                        if (!firstAnswer.isDone()) {
                            firstAnswer.completeExceptionally(failure != null ? failure
                                    : new IllegalStateException(path + " answered " + response.statusCode()));
                        }
                        if (!closed) {
                            timer.schedule(() -> poll(path), 1, TimeUnit.SECONDS);
                        }
                        return;
                    }
                    answered(response);
                    if (interval == null) {
                        poll(path);
                    } else {
                        timer.schedule(() -> poll(path), interval.toMillis(), TimeUnit.MILLISECONDS);
                    }
                });
    }

    private void answered(HttpResponse<String> response) {
        String body = response.body();
        deliveries.bytes(body.length() + headerBytes(response));
        boolean first = interval != null && !firstAnswer.isDone();
        if (!first) {
            Deliveries.forEachSeq(body, seq -> {
                // L3's timestamps are compared with >=, so a task changed in the answer's own
                // millisecond comes once more: a client keeps tasks by id and ignores the repeat.
                if (interval != null && !seen.add(seq)) {
                    deliveries.repeated();
                } else {
                    deliveries.received(index, seq);
                }
            });
        }
        JsonNode json = Json.MAPPER.readTree(body);
        cursorQuery = nextQuery(json);
        if (first) {
            firstAnswer.complete(null);
        }
    }

    /** The cursor the server handed back: an event id for long polling, a timestamp for short polling. */
    private String nextQuery(JsonNode json) {
        if (interval == null) {
            return json.hasNonNull("cursor") ? "?cursor=" + json.get("cursor").asLong() : cursorQuery;
        }
        return json.hasNonNull("timestamp") ? "?since=" + encode(json.get("timestamp").asString()) : cursorQuery;
    }

    private static long headerBytes(HttpResponse<?> response) {
        long bytes = 17; // "HTTP/1.1 200 OK\r\n"
        for (var header : response.headers().map().entrySet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + value.length() + 4;
            }
        }
        return bytes;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closed = true;
    }
}
