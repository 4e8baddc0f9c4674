package taskboard.websocket.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import taskboard.app.Json;
import taskboard.websocket.CloseCodes;
import tools.jackson.databind.JsonNode;

/**
 * L13: a WebSocket client that comes back. WebSockets do not reconnect by themselves, so after a
 * lost connection this client waits ({@link Backoff}: 1 s doubling to 30 s, full jitter, reset
 * once signed in), connects again, re-authenticates with a freshly read token, rejoins its boards
 * with the last event id it saw of each, and so gets what it missed. It stops for good after a
 * normal close (1000) or an auth refusal (4001/4003): retrying those would not help.
 *
 * <p>A dead connection (a closed laptop, lost Wi-Fi, a server that vanished without a close frame)
 * can look open for minutes, on the client's side too. So the client also checks liveness: after
 * {@code pingInterval} without hearing from the server it sends a ping, and after two intervals of
 * silence it drops the connection and reconnects.
 *
 * <pre>{@code
 * var client = ReconnectingClient.connect(URI.create("ws://localhost:3000/ws"), () -> token,
 *         message -> System.out.println(message));
 * client.join("board-1");
 * }</pre>
 */
public final class ReconnectingClient implements AutoCloseable, SocketLink.Events {
    private static final System.Logger LOG = System.getLogger(ReconnectingClient.class.getName());

    /** What the application hears. Only {@link #onMessage} is required. */
    public interface Listener {
        void onMessage(JsonNode message);

        /** Signed in (again): boards are being rejoined. */
        default void onConnected(JsonNode welcome) {
        }

        /** The connection was lost; {@code reconnecting} says whether another attempt follows. */
        default void onDisconnected(int code, String reason, boolean reconnecting) {
        }

        /** The server no longer has the events this client missed on a board: refetch it over REST. */
        default void onResync(String boardId) {
        }
    }

    private final URI uri;
    private final Supplier<String> token;
    private final Listener listener;
    private final Backoff backoff;
    private final BoardCursors cursors = new BoardCursors();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "reconnecting-client");
        thread.setDaemon(true);
        return thread;
    });
    /** The course's L13 interval, the same as the server's pings. */
    public static final Duration DEFAULT_PING_INTERVAL = Duration.ofSeconds(30);

    private final Duration pingInterval;
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile SocketLink link;
    private volatile boolean stopped;

    public ReconnectingClient(URI uri, Supplier<String> token, Listener listener, Backoff backoff) {
        this(uri, token, listener, backoff, DEFAULT_PING_INTERVAL);
    }

    public ReconnectingClient(URI uri, Supplier<String> token, Listener listener, Backoff backoff,
                              Duration pingInterval) {
        this.uri = uri;
        this.token = token;
        this.listener = listener;
        this.backoff = backoff;
        this.pingInterval = pingInterval;
    }

    /** Connects with the course's backoff (1 s .. 30 s). */
    public static ReconnectingClient connect(URI uri, Supplier<String> token, Listener listener) {
        ReconnectingClient client = new ReconnectingClient(uri, token, listener, Backoff.standard());
        client.start();
        return client;
    }

    public void start() {
        timer.execute(this::attempt);
        long every = Math.max(1, pingInterval.toMillis() / 2);
        timer.scheduleWithFixedDelay(this::checkLiveness, every, every, TimeUnit.MILLISECONDS);
    }

    /** Joins a board now (if connected) and after every reconnect. */
    public void join(String boardId) {
        cursors.add(boardId);
        send(cursors.joinMessage(boardId));
    }

    public void leave(String boardId) {
        cursors.remove(boardId);
        send(Json.write(Map.of("type", "leave", "boardId", boardId)));
    }

    /** Sends a message if signed in; messages sent while disconnected are dropped (REST is the durable path). */
    public boolean send(String json) {
        SocketLink current = link;
        if (current == null || !current.isSignedIn()) {
            return false;
        }
        current.send(json);
        return true;
    }

    /** The newest event id seen on a board, if any: what a rejoin resumes from. */
    public Long lastEventId(String boardId) {
        return cursors.lastEventId(boardId);
    }

    public boolean isConnected() {
        SocketLink current = link;
        return current != null && current.isSignedIn();
    }

    public boolean isStopped() {
        return stopped;
    }

    /** Connection attempts so far (failed ones included). */
    public int attempts() {
        return attempts.get();
    }

    /** Successful, signed-in connections so far. */
    public int connections() {
        return connections.get();
    }

    /** Closes normally (1000): the client does not reconnect after this. */
    @Override
    public void close() {
        stopped = true;
        SocketLink current = link;
        if (current != null) {
            current.closeNormally(CloseCodes.NORMAL, "Client closed");
        }
        timer.shutdown();
    }

    private void attempt() {
        if (stopped) {
            return;
        }
        attempts.incrementAndGet();
        SocketLink next = new SocketLink(this);
        link = next;
        http.newWebSocketBuilder().buildAsync(uri, next).whenComplete((socket, error) -> {
            if (error != null) {
                next.lost(1006, String.valueOf(error.getMessage()));
            }
        });
    }

    // Silent for an interval: ask for a pong. Silent for two: the connection is dead, reconnect.
    private void checkLiveness() {
        SocketLink current = link;
        if (stopped || current == null || !current.isOpen()) {
            return;
        }
        long silent = current.silentForNanos();
        if (silent > 2 * pingInterval.toNanos()) {
            current.abort("No sign of life from the server for " + TimeUnit.NANOSECONDS.toMillis(silent) + " ms");
        } else if (silent >= pingInterval.toNanos()) {
            current.ping();
        }
    }

    @Override
    public void opened(SocketLink from) {
        String current = token.get(); // read again on every attempt: it may have been renewed
        from.send(Json.write(Map.of("type", "auth", "token", current == null ? "" : current)));
    }

    @Override
    public void received(SocketLink from, JsonNode message) {
        try {
            if ("connected".equals(message.path("type").asString(""))) {
                from.signedIn();
                connections.incrementAndGet();
                backoff.reset();
                cursors.boards().forEach(board -> from.send(cursors.joinMessage(board)));
                listener.onConnected(message);
            } else if (cursors.track(message)) {
                listener.onResync(message.get("boardId").asString());
            }
            listener.onMessage(message);
        } catch (RuntimeException e) {
            // The application's bug must not kill the connection: report it and carry on.
            LOG.log(System.Logger.Level.WARNING, "A listener failed on " + message, e);
        }
    }

    @Override
    public void lost(SocketLink from, int code, String reason) {
        boolean again = !stopped && CloseCodes.shouldReconnect(code);
        if (!again) {
            stopped = true;
        }
        listener.onDisconnected(code, reason, again);
        if (again) {
            try {
                timer.schedule(this::attempt, backoff.next().toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                // closed meanwhile
            }
        }
    }
}
