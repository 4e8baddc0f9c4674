package taskboard.capstone.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Makes the board events: K task creates over REST at R per second, each titled "bench-<n>" so a
 * subscriber can tell which event it received. Sends never wait for each other, so a slow answer
 * does not lower the rate.
 */
final class Publisher {
    private final HttpClient client;
    private final Target target;
    private final Deliveries deliveries;
    private final LongAdder failures = new LongAdder();

    Publisher(HttpClient client, Target target, Deliveries deliveries) {
        this.client = client;
        this.target = target;
        this.deliveries = deliveries;
    }

    /** Publishes {@code events} creates at {@code perSecond}; completes when every POST was answered. */
    CompletableFuture<Void> publish(int events, double perSecond) {
        return publish("bench-", events, perSecond);
    }

    /**
     * Unmeasured creates first, so the measured ones meet a warm JIT and filled pools; subscribers
     * ignore them (their titles are not "bench-n").
     */
    CompletableFuture<Void> warmUp(int events, double perSecond) {
        return publish("warm-up-", events, perSecond);
    }

    private CompletableFuture<Void> publish(String titlePrefix, int events, double perSecond) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        long periodNanos = Math.max(1, (long) (1e9 / perSecond));
        timer.scheduleAtFixedRate(() -> {
            int seq = next.getAndIncrement();
            if (seq >= events) {
                timer.shutdown();
                return;
            }
            String body = "{\"title\":\"" + titlePrefix + seq + "\",\"listId\":\"list-todo\"}";
            HttpRequest request = target.request(URI.create(target.baseUrl() + "/tasks"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            if (titlePrefix.equals("bench-")) {
                deliveries.sent(seq, System.nanoTime());
            }
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if ((failure != null || response.statusCode() != 201) && titlePrefix.equals("bench-")) {
                    failures.increment();
                }
                if (answered.incrementAndGet() == events) {
                    done.complete(null);
                }
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        return done;
    }

    long failures() {
        return failures.sum();
    }
}
