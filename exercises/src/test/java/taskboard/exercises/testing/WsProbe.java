package taskboard.exercises.testing;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import taskboard.app.Json;
import tools.jackson.databind.JsonNode;

/**
 * A real WebSocket client (the JDK's) for the self-checks: collects the JSON messages the server
 * sends and the close code, so a check reads like the lesson: send join, expect joined.
 */
public final class WsProbe implements WebSocket.Listener, AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private WsProbe() {
    }

    /** Connects; {@code headers} are name, value pairs (e.g. "Origin", "http://evil.example"). */
    public static WsProbe connect(String url, String... headers) {
        WsProbe probe = new WsProbe();
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        probe.socket = builder.buildAsync(URI.create(url), probe).orTimeout(5, TimeUnit.SECONDS).join();
        return probe;
    }

    public WsProbe send(String json) {
        socket.sendText(json, true).orTimeout(5, TimeUnit.SECONDS).join();
        return this;
    }

    /** The next message, failing with {@code what} if none comes within five seconds. */
    public JsonNode next(String what) {
        try {
            long deadline = System.nanoTime() + Eventually.PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode message = messages.poll(20, TimeUnit.MILLISECONDS);
                if (message != null) {
                    return message;
                }
                if (NotDoneYet.any()) {
                    break;
                }
            }
            return fail("Expected " + what + ", but no message came (close code: " + closeCode.getNow(null) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Skips messages until one of {@code type} arrives. */
    public JsonNode nextOfType(String type) {
        while (true) {
            JsonNode message = next("a message of type '" + type + "'");
            if (type.equals(message.path("type").asString(""))) {
                return message;
            }
        }
    }

    /** Asserts no message of {@code type} arrives within {@code quiet}; returns what did arrive. */
    public List<JsonNode> expectNoneOfType(String type, Duration quiet) {
        try {
            List<JsonNode> seen = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + quiet.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode message = messages.poll(10, TimeUnit.MILLISECONDS);
                if (message != null) {
                    seen.add(message);
                    if (type.equals(message.path("type").asString(""))) {
                        assertNull(message, "Expected no '" + type + "' message, got " + message);
                    }
                }
            }
            return seen;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The close code the server sent, waiting up to five seconds; -1 if it never closed. */
    public int closeCode() {
        try {
            return closeCode.get(Eventually.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return -1;
        }
    }

    public boolean isOpen() {
        return !closeCode.isDone() && !socket.isOutputClosed();
    }

    /** Drops the connection without a close frame, like a laptop lid closing. */
    public void abort() {
        socket.abort();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(2, TimeUnit.SECONDS)
                    .exceptionally(e -> null).join();
        }
        socket.abort();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            try {
                messages.add(Json.MAPPER.readTree(text));
            } catch (RuntimeException e) {
                messages.add(Json.MAPPER.createObjectNode().put("type", "<not JSON>").put("text", text));
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.complete(1006);
    }
}
