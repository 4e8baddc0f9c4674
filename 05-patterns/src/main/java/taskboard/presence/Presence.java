package taskboard.presence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * <p>Entries are leases renewed every {@code renewEvery} while their socket is open: a socket the
 * heartbeat terminated, or a whole instance that died, drops out within one {@code lease}. One
 * worker thread makes every change, in order, so no two changes race.
 */
public final class Presence implements Rooms.Announcer, PresenceRelay.Receiver, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Presence.class);

    /** L15's constants. */
    public static final class Config {
        public Duration lease = Duration.ofSeconds(15);
        public Duration renewEvery = Duration.ofSeconds(5);
        public Duration typingTimeout = Duration.ofSeconds(5);
    }

    private final Config config;
    private final PresenceStore store;
    private final PresenceRelay relay;
    private final Audience audience;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "presence");
        t.setDaemon(true);
        return t;
    });
    private final Typing typing;

    public Presence(Config config, Rooms rooms, PresenceStore store, PresenceRelay relay) {
        this.config = config;
        this.store = store;
        this.relay = relay;
        this.audience = new Audience(rooms, UUID.randomUUID().toString());
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
            audience.rememberIfNew(boardId, store.viewers(boardId, now));
            PresenceEntry entry = audience.entry(who, boardId, now);
            store.put(entry, now + config.lease.toMillis());
            List<Viewer> viewers = store.viewers(boardId, now);
            who.send(PresenceMessages.presence(boardId, viewers));
            audience.hold(entry, who);
            audience.announce(boardId, viewers);
            relay.changed(boardId);
        });
    }

    @Override
    public void left(Rooms ignored, String boardId, Connection who) {
        work(() -> {
            PresenceEntry gone = audience.release(who, boardId);
            if (gone != null) {
                store.remove(boardId, gone.socketKey());
            }
            List<Viewer> viewers = store.viewers(boardId, System.currentTimeMillis());
            if (viewers.stream().noneMatch(v -> v.userId().equals(who.user().id()))) {
                typing.stop(boardId, who.user().id()); // the user is gone: so is their typing
            }
            audience.announce(boardId, viewers);
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

    /** Renews the leases of open sockets; expired entries (dead sockets, dead instances) drop out. */
    private void renewAndExpire() {
        long now = System.currentTimeMillis();
        List<Audience.Held> closed = new ArrayList<>();
        for (Audience.Held held : audience.held()) {
            if (held.connection().isOpen()) {
                store.put(held.entry(), now + config.lease.toMillis());
            } else {
                closed.add(held);
            }
        }
        for (Audience.Held gone : closed) {
            audience.forget(gone);
            store.remove(gone.entry().boardId(), gone.entry().socketKey());
        }
        store.expire(now);
        for (String boardId : audience.boards()) {
            audience.announce(boardId, store.viewers(boardId, now));
        }
    }

    @Override
    public void deliver(String boardId, String json, String excludeUserId) {
        audience.deliver(boardId, json, excludeUserId);
    }

    @Override
    public void changed(String boardId) {
        work(() -> audience.announce(boardId, store.viewers(boardId, System.currentTimeMillis())));
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
