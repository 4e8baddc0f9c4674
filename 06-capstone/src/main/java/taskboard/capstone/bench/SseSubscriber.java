package taskboard.capstone.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * An EventSource in a few lines: one long GET of {@code /boards/board-1/events}, read line by line
 * without a thread of its own (the JDK client's selector feeds every stream).
 */
final class SseSubscriber implements Subscriber, Flow.Subscriber<String> {
    private final int index;
    private final HttpClient client;
    private final Target target;
    private final Deliveries deliveries;
    private final CompletableFuture<Void> listening = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    SseSubscriber(int index, HttpClient client, Target target, Deliveries deliveries) {
        this.index = index;
        this.client = client;
        this.target = target;
        this.deliveries = deliveries;
    }

    @Override
    public CompletableFuture<Void> open() {
        HttpRequest request = target.request(URI.create(target.baseUrl() + "/boards/board-1/events"))
                .header("Accept", "text/event-stream").build();
        deliveries.request();
        client.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(this))
                .whenComplete((response, failure) -> {
                    if (failure != null) {
                        listening.completeExceptionally(failure);
                    } else if (response.statusCode() != 200) {
                        listening.completeExceptionally(new IllegalStateException(
                                "GET /boards/board-1/events answered " + response.statusCode()));
                    }
                });
        return listening;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        newSubscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
        deliveries.bytes(line.length() + 1L);
        if (line.startsWith("data:")) {
            if (!listening.isDone() && line.contains("\"connected\"")) {
                listening.complete(null);
            }
            Deliveries.forEachSeq(line, seq -> deliveries.received(index, seq));
        }
    }

    @Override
    public void onError(Throwable failure) {
        listening.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        listening.completeExceptionally(new IllegalStateException("the event stream ended"));
    }

    @Override
    public void close() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }
}
