package taskboard.websocket.client;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

import taskboard.app.Json;
import tools.jackson.databind.JsonNode;

/**
 * One connection attempt of a {@link ReconnectingClient}: the JDK socket's listener, whole
 * messages out of fragments, one send at a time, and exactly one "lost" per attempt.
 */
final class SocketLink implements WebSocket.Listener {

    /** What the client hears from this attempt. */
    interface Events {
        void opened(SocketLink link);

        void received(SocketLink link, JsonNode message);

        void lost(SocketLink link, int code, String reason);
    }

    private final Events events;
    private final AtomicBoolean signedIn = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private volatile long lastHeard = System.nanoTime(); // any frame from the server: it is alive
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

    SocketLink(Events events) {
        this.events = events;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        lastHeard = System.nanoTime();
        socket = webSocket;
        events.opened(this);
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        lastHeard = System.nanoTime();
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            events.received(this, Json.MAPPER.readTree(text));
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        lastHeard = System.nanoTime(); // the JDK answers the server's ping with a pong by itself
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        lastHeard = System.nanoTime();
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        lost(statusCode, reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        lost(1006, String.valueOf(error.getMessage()));
    }

    /** JDK sockets allow one outstanding send: sends are chained. */
    synchronized void send(String json) {
        WebSocket target = socket;
        if (target != null) {
            sending = sending.handle((ok, failed) -> null).thenCompose(v -> target.sendText(json, true));
        }
    }

    /** Asks the server for a sign of life (its pong), queued behind any message being sent. */
    synchronized void ping() {
        WebSocket target = socket;
        if (target != null && !ended.get()) {
            sending = sending.handle((ok, failed) -> null).thenCompose(v -> target.sendPing(ByteBuffer.allocate(0)));
        }
    }

    /** Nanoseconds since the server last sent anything (a message, a ping or a pong). */
    long silentForNanos() {
        return System.nanoTime() - lastHeard;
    }

    boolean isOpen() {
        return socket != null && !ended.get();
    }

    /** Gives up on a connection that went silent: drop it without a close handshake, then count it lost. */
    void abort(String reason) {
        WebSocket target = socket;
        if (target != null) {
            target.abort();
        }
        lost(1006, reason);
    }

    /** Ends this attempt (once): the connection failed, was closed, or never opened. */
    void lost(int code, String reason) {
        if (ended.compareAndSet(false, true)) {
            signedIn.set(false);
            events.lost(this, code, reason);
        }
    }

    void signedIn() {
        signedIn.set(true);
    }

    boolean isSignedIn() {
        return signedIn.get();
    }

    void closeNormally(int code, String reason) {
        WebSocket target = socket;
        if (target != null) {
            target.sendClose(code, reason).exceptionally(e -> null);
        }
    }
}
