package taskboard.capstone.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A WebSocket viewer of board-1: connects to {@code /ws}, joins the room, counts task events. */
final class WebSocketSubscriber implements Subscriber, WebSocket.Listener {
    private final int index;
    private final HttpClient client;
    private final Target target;
    private final Deliveries deliveries;
    private final CompletableFuture<Void> joined = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;

    WebSocketSubscriber(int index, HttpClient client, Target target, Deliveries deliveries) {
        this.index = index;
        this.client = client;
        this.target = target;
        this.deliveries = deliveries;
    }

    @Override
    public CompletableFuture<Void> open() {
        deliveries.request();
        target.webSocket(client.newWebSocketBuilder())
                .buildAsync(URI.create(target.wsUrl("/ws")), this)
                .whenComplete((ws, failure) -> {
                    if (failure != null) {
                        joined.completeExceptionally(failure);
                    }
                });
        return joined;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.sendText("{\"type\":\"join\",\"boardId\":\"board-1\"}", true);
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String message = partial.toString();
            partial.setLength(0);
            deliveries.bytes(message.length() + 2L); // + the smallest frame header
            if (!joined.isDone() && message.contains("\"type\":\"joined\"")) {
                joined.complete(null);
            }
            Deliveries.forEachSeq(message, seq -> deliveries.received(index, seq));
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        joined.completeExceptionally(new IllegalStateException("closed " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        joined.completeExceptionally(error);
    }

    @Override
    public void close() {
        WebSocket current = socket;
        if (current != null) {
            current.abort();
        }
    }
}
