package taskboard.websocket.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import taskboard.app.Json;
import taskboard.testing.Http;
import tools.jackson.databind.JsonNode;

/**
 * A real WebSocket client for tests, on the JDK's {@code java.net.http.WebSocket}: it collects
 * every message in order and remembers how the socket closed. Waits are bounded (5 s).
 * {@link #ignoring} lets an earlier lesson's contract run against a later stage that sends more
 * message types (e.g. L15's {@code presence}) without losing its "the next message is..." checks.
 */
public final class WsClient implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(5);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** How the server closed the socket: a close frame's code and reason, or 1006 when the connection just died. */
    public record Closed(int code, String reason) {
    }

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final List<JsonNode> all = new ArrayList<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile Set<String> ignored = Set.of();
    private WebSocket socket;

    private WsClient() {
    }

    /** Opens a socket; {@code headers} are name, value pairs (e.g. "Cookie", "session=..."). */
    public static WsClient open(String url, String... headers) {
        WsClient client = new WsClient();
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            client.socket = builder.buildAsync(URI.create(url), client.new Receiver()).get(5, TimeUnit.SECONDS);
            return client;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Handshake with " + url + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("Handshake with " + url + " did not finish", e);
        }
    }

    /**
     * From now on {@link #next()} and {@link #poll} pass over messages of these types (they stay in
     * {@link #received()}): a later lesson's additions, which an earlier lesson's test is not about.
     */
    public WsClient ignoring(Set<String> types) {
        this.ignored = Set.copyOf(types);
        return this;
    }

    /** The next message (not of an {@linkplain #ignoring ignored} type), waiting up to 5 s. */
    public JsonNode next() {
        JsonNode message = poll(WAIT);
        if (message == null) {
            fail("No message within " + WAIT + "; received so far: " + summary() + ", closed: " + closed.getNow(null));
        }
        return message;
    }

    /** The next message, which must be of {@code type}. */
    public JsonNode next(String type) {
        JsonNode message = next();
        if (!type.equals(message.path("type").asString(""))) {
            fail("Expected a '" + type + "' message, got " + message);
        }
        return message;
    }

    /** Skips messages until one of {@code type} arrives (within 5 s). */
    public JsonNode nextOfType(String type) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode message = next();
            if (type.equals(message.path("type").asString(""))) {
                return message;
            }
        }
        return fail("No '" + type + "' message within " + WAIT + "; received: " + summary());
    }

    /** The next message within {@code quiet}, or null: assert null only after a positive check that shows delivery works. */
    public JsonNode poll(Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        try {
            while (true) {
                JsonNode message = messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (message == null || !ignored.contains(message.path("type").asString(""))) {
                    return message;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void send(String json) {
        socket.sendText(json, true).join();
    }

    public void sendBinary(byte[] bytes) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(bytes), true).join();
    }

    /** Sends a JSON object made of name, value pairs: {@code send("type", "join", "boardId", "board-1")}. */
    public void sendJson(Object... pairs) {
        send(Http.json(pairs));
    }

    /** Waits until the server closes the socket (5 s at most) and says how. */
    public Closed awaitClose() {
        return awaitClose(WAIT);
    }

    public Closed awaitClose(Duration wait) {
        try {
            return closed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return fail("The socket was not closed within " + wait + "; received: " + summary());
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    /** The last few messages, shortened: for failure messages. */
    private String summary() {
        List<JsonNode> messages = received();
        List<String> last = new ArrayList<>();
        for (JsonNode message : messages.subList(Math.max(0, messages.size() - 5), messages.size())) {
            String text = message.toString();
            last.add(text.length() > 200 ? text.substring(0, 200) + "..." : text);
        }
        return messages.size() + " messages, the last ones " + last;
    }

    /** Every message received so far, in order. */
    public synchronized List<JsonNode> received() {
        return List.copyOf(all);
    }

    @Override
    public void close() {
        if (!closed.isDone() && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
        }
        socket.abort();
    }

    private synchronized void add(JsonNode message) {
        all.add(message);
        messages.add(message);
    }

    private final class Receiver implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonNode message = Json.MAPPER.readTree(partial.toString());
                assertNotNull(message);
                partial.setLength(0);
                add(message);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(new Closed(1006, String.valueOf(error.getMessage())));
        }
    }
}
