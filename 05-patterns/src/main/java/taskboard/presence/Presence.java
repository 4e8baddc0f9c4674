package taskboard.presence;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import taskboard.app.ApiException;
import taskboard.websocket.Connection;
import taskboard.websocket.Rooms;
import tools.jackson.databind.JsonNode;

/**
 * L15: who is viewing a board now. It replaces L11's announcements on 04's rooms: one entry per
 * (user, socket) with the time it joined, a viewer list deduplicated by user, {@code user_joined}
 * only when a user's first socket arrives and {@code user_left} only when the last one goes.
 *
 * <p>Announcements come from comparing the viewer list with what this instance's sockets were
 * last told, so "first in, last out" holds across tabs and across instances alike. Entries are
 * leases renewed every {@code renewEvery} while their socket is open: a socket the heartbeat
 * terminated, or a whole instance that died, drops out within one {@code lease}. One worker thread
 * makes every change, in order, so no two changes race.
 */
public final class Presence implements Rooms.Announcer, PresenceRelay.Receiver, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Presence.class);

    /** L15's constants. */
    public static final class Config {
        public Duration lease = Duration.ofSeconds(15);
        public Duration renewEvery = Duration.ofSeconds(5);
        public Duration typingTimeout = Duration.ofSeconds(5);
    }

    private record Held(PresenceEntry entry, Connection connection) {
    }

    private final Config config;
    private final Rooms rooms;
    private final PresenceStore store;
    private final PresenceRelay relay;
    private final String instance = UUID.randomUUID().toString();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "presence");
        t.setDaemon(true);
        return t;
    });
    private final Typing typing;
    private final Map<String, Held> held = new HashMap<>();                // this instance's entries, by socket+board
    private final Map<String, List<Viewer>> announced = new HashMap<>();   // what sockets here were last told

    public Presence(Config config, Rooms rooms, PresenceStore store, PresenceRelay relay) {
        this.config = config;
        this.rooms = rooms;
        this.store = store;
        this.relay = relay;
        this.typing = new Typing(worker, relay, config.typingTimeout);
    }

    public void start() {
        relay.start(this);
        long every = config.renewEvery.toMillis();
        worker.scheduleWithFixedDelay(() -> work(this::renewAndExpire), every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void joined(Rooms ignored, String boardId, Connection who) {
        work(() -> {
            long now = System.currentTimeMillis();
            announced.computeIfAbsent(boardId, b -> store.viewers(b, now)); // what this board's viewers were
            PresenceEntry entry = new PresenceEntry(boardId, instance + "/" + who.id(), who.user().id(), who.user().name(), now);
            held.put(entry.socketKey() + " " + boardId, new Held(entry, who));
            store.put(entry, now + config.lease.toMillis());
            List<Viewer> viewers = store.viewers(boardId, now);
            who.send(PresenceMessages.presence(boardId, viewers));
            announce(boardId, viewers);
            relay.changed(boardId);
        });
    }

    @Override
    public void left(Rooms ignored, String boardId, Connection who) {
        work(() -> {
            String socketKey = instance + "/" + who.id();
            held.remove(socketKey + " " + boardId);
            store.remove(boardId, socketKey);
            List<Viewer> viewers = store.viewers(boardId, System.currentTimeMillis());
            if (viewers.stream().noneMatch(v -> v.userId().equals(who.user().id()))) {
                typing.stop(boardId, who.user().id()); // the user is gone: so is their typing
            }
            announce(boardId, viewers);
            relay.changed(boardId);
        });
    }

    /** {"type":"typing","boardId":...[,"taskId":...]} from a socket that joined the board. */
    public void typing(Connection who, JsonNode message) {
        String boardId = joinedBoard(who, message);
        String taskId = message.has("taskId") ? message.get("taskId").asString() : null;
        Viewer viewer = new Viewer(who.user().id(), who.user().name());
        work(() -> typing.start(boardId, viewer, taskId));
    }

    /** {"type":"stop_typing","boardId":...}. */
    public void stopTyping(Connection who, JsonNode message) {
        String boardId = joinedBoard(who, message);
        work(() -> typing.stop(boardId, who.user().id()));
    }

    /** What the sockets here must be told: who appeared and who is gone since they were last told. */
    private void announce(String boardId, List<Viewer> viewers) {
        if (rooms.members(boardId).isEmpty()) {
            announced.remove(boardId); // nobody here to tell
            return;
        }
        List<Viewer> before = announced.getOrDefault(boardId, viewers);
        viewers.stream().filter(v -> !before.contains(v))
                .forEach(v -> deliver(boardId, PresenceMessages.userJoined(boardId, v, viewers.size()), v.userId()));
        before.stream().filter(v -> !viewers.contains(v))
                .forEach(v -> deliver(boardId, PresenceMessages.userLeft(boardId, v, viewers.size()), v.userId()));
        announced.put(boardId, viewers);
    }

    /** Renews the leases of open sockets; expired entries (dead sockets, dead instances) drop out. */
    private void renewAndExpire() {
        long now = System.currentTimeMillis();
        held.values().removeIf(h -> {
            if (h.connection().isOpen()) {
                store.put(h.entry(), now + config.lease.toMillis());
                return false;
            }
            store.remove(h.entry().boardId(), h.entry().socketKey());
            return true;
        });
        store.expire(now);
        for (String boardId : Set.copyOf(announced.keySet())) {
            announce(boardId, store.viewers(boardId, now));
        }
    }

    @Override
    public void deliver(String boardId, String json, String excludeUserId) {
        for (Connection connection : rooms.members(boardId)) {
            if (connection.user() != null && !connection.user().id().equals(excludeUserId)) {
                connection.send(json);
            }
        }
    }

    @Override
    public void changed(String boardId) {
        work(() -> announce(boardId, store.viewers(boardId, System.currentTimeMillis())));
    }

    /** Distinct viewers per board (every instance's, with Redis). */
    public Map<String, Integer> viewerCounts() {
        return store.viewerCounts(System.currentTimeMillis());
    }

    private static String joinedBoard(Connection who, JsonNode message) {
        String boardId = message.get("boardId").asString();
        if (!who.boards().contains(boardId)) {
            throw ApiException.badRequest("Join board '" + boardId + "' before typing on it");
        }
        return boardId;
    }

    private void work(Runnable change) {
        try {
            worker.execute(() -> {
                try {
                    change.run();
                } catch (RuntimeException e) {
                    log.warn("A presence change failed; the next renewal repairs it", e);
                }
            });
        } catch (RejectedExecutionException e) {
            // stopping
        }
    }

    /** Lets queued changes finish (a clean stop removes its entries at once), then stops. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(2, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        relay.close();
        store.close();
    }
}
