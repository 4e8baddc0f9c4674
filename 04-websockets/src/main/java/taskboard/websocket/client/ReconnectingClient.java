package taskboard.websocket.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import taskboard.app.Json;
import taskboard.websocket.CloseCodes;
import tools.jackson.databind.JsonNode;

/**
 * L13: a WebSocket client that comes back. WebSockets do not reconnect by themselves, so after a
 * lost connection this client waits ({@link Backoff}: 1 s doubling to 30 s, full jitter, reset
 * once connected), connects again, re-authenticates with a freshly read token, rejoins its boards
 * with the last event id it saw of each, and so gets what it missed. It stops for good after a
 * normal close (1000) or an auth refusal (4001/4003): retrying those would not help.
 *
 * <pre>{@code
 * var client = ReconnectingClient.connect(URI.create("ws://localhost:3000/ws"), () -> token,
 *         message -> System.out.println(message));
 * client.join("board-1");
 * }</pre>
 */
public final class ReconnectingClient implements AutoCloseable {

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
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "reconnecting-client");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> boards = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> lastEventIds = new ConcurrentHashMap<>();
    private final Map<String, Long> joinedAt = new ConcurrentHashMap<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile Link link;
    private volatile boolean stopped;

    public ReconnectingClient(URI uri, Supplier<String> token, Listener listener, Backoff backoff) {
        this.uri = uri;
        this.token = token;
        this.listener = listener;
        this.backoff = backoff;
    }

    /** Connects with the course's backoff (1 s .. 30 s). */
    public static ReconnectingClient connect(URI uri, Supplier<String> token, Listener listener) {
        ReconnectingClient client = new ReconnectingClient(uri, token, listener, Backoff.standard());
        client.start();
        return client;
    }

    public void start() {
        timer.execute(this::attempt);
    }

    /** Joins a board now (if connected) and after every reconnect. */
    public void join(String boardId) {
        boards.add(boardId);
        Link current = link;
        if (current != null && current.signedIn.get()) {
            current.send(joinMessage(boardId));
        }
    }

    public void leave(String boardId) {
        boards.remove(boardId);
        lastEventIds.remove(boardId);
        send(Json.write(Map.of("type", "leave", "boardId", boardId)));
    }

    /** Sends a message if connected; messages sent while disconnected are dropped (the REST call is the durable path). */
    public boolean send(String json) {
        Link current = link;
        if (current == null || !current.signedIn.get()) {
            return false;
        }
        current.send(json);
        return true;
    }

    /** The newest event id seen on a board, if any: what a rejoin resumes from. */
    public Long lastEventId(String boardId) {
        return lastEventIds.get(boardId);
    }

    public boolean isConnected() {
        Link current = link;
        return current != null && current.signedIn.get();
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
        Link current = link;
        if (current != null && current.socket != null) {
            current.socket.sendClose(CloseCodes.NORMAL, "Client closed").exceptionally(e -> null);
        }
        timer.shutdown();
    }

    private void attempt() {
        if (stopped) {
            return;
        }
        attempts.incrementAndGet();
        Link next = new Link();
        link = next;
        http.newWebSocketBuilder().buildAsync(uri, next).whenComplete((socket, error) -> {
            if (error != null) {
                next.lost(1006, String.valueOf(error.getMessage()));
            }
        });
    }

    private void retryLater() {
        if (stopped) {
            return;
        }
        long delay = backoff.next().toMillis();
        try {
            timer.schedule(this::attempt, delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // closed meanwhile
        }
    }

    private String joinMessage(String boardId) {
        Long last = lastEventIds.get(boardId);
        return last == null
                ? Json.write(Map.of("type", "join", "boardId", boardId))
                : Json.write(Map.of("type", "join", "boardId", boardId, "lastEventId", last));
    }

    private void received(Link from, JsonNode message) {
        String type = message.path("type").asString("");
        String boardId = message.path("boardId").asString(null);
        if ("connected".equals(type)) {
            from.signedIn.set(true);
            connections.incrementAndGet();
            backoff.reset();
            listener.onConnected(message);
            boards.forEach(board -> from.send(joinMessage(board)));
        } else if ("joined".equals(type) && boardId != null) {
            joinedAt.put(boardId, message.path("lastEventId").asLong(0));
            lastEventIds.putIfAbsent(boardId, joinedAt.get(boardId));
        } else if ("resync".equals(type) && boardId != null) {
            lastEventIds.put(boardId, joinedAt.getOrDefault(boardId, 0L)); // live from where the join found the board
            listener.onResync(boardId);
        } else if (message.has("eventId") && boardId != null) {
            lastEventIds.merge(boardId, message.get("eventId").asLong(), Math::max);
        }
        listener.onMessage(message);
    }

    /** One connection attempt: its socket, its send chain, and whether it has ended. */
    private final class Link implements WebSocket.Listener {
        private final AtomicBoolean signedIn = new AtomicBoolean();
        private final AtomicBoolean ended = new AtomicBoolean();
        private final StringBuilder partial = new StringBuilder();
        private volatile WebSocket socket;
        private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

        @Override
        public void onOpen(WebSocket webSocket) {
            socket = webSocket;
            String current = token.get(); // read again on every attempt: it may have been renewed
            send(Json.write(Map.of("type", "auth", "token", current == null ? "" : current)));
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                received(this, Json.MAPPER.readTree(text));
            }
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

        // JDK sockets allow one outstanding send: chain them.
        synchronized void send(String json) {
            WebSocket target = socket;
            if (target != null) {
                sending = sending.handle((ok, failed) -> null).thenCompose(v -> target.sendText(json, true));
            }
        }

        void lost(int code, String reason) {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            signedIn.set(false);
            boolean again = !stopped && CloseCodes.shouldReconnect(code);
            if (!again) {
                stopped = true;
            }
            listener.onDisconnected(code, reason, again);
            if (again) {
                retryLater();
            }
        }
    }
}
