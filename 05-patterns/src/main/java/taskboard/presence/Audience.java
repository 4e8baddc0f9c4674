package taskboard.presence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import taskboard.websocket.Connection;
import taskboard.websocket.Rooms;

/**
 * This instance's side of presence: its sockets' entries, and what those sockets were last told
 * about each board. Announcing is comparing: a user in the new viewer list but not in the told one
 * joined, the reverse left. A socket hears announcements only once it has its own viewer list, so
 * the two never contradict each other.
 */
final class Audience {
    /** One of this instance's entries, with the socket that renews it. */
    record Held(PresenceEntry entry, Connection connection) {
    }

    private final Rooms rooms;
    private final String instance;
    private final Map<String, Held> held = new ConcurrentHashMap<>(); // read by relay threads too
    private final Map<String, List<Viewer>> told = new HashMap<>();   // worker thread only

    Audience(Rooms rooms, String instance) {
        this.rooms = rooms;
        this.instance = instance;
    }

    /** The entry of a socket joining a board. */
    PresenceEntry entry(Connection who, String boardId, long now) {
        return new PresenceEntry(boardId, instance + "/" + who.id(), who.user().id(), who.user().name(), now);
    }

    /** Before a socket's first join here, the sockets here "knew" the board's viewers as they were. */
    void rememberIfNew(String boardId, List<Viewer> viewers) {
        told.putIfAbsent(boardId, viewers);
    }

    void hold(PresenceEntry entry, Connection who) {
        held.put(key(who, entry.boardId()), new Held(entry, who));
    }

    /** The entry given up, or null if the socket had none on that board. */
    PresenceEntry release(Connection who, String boardId) {
        Held gone = held.remove(key(who, boardId));
        return gone == null ? null : gone.entry();
    }

    Iterable<Held> held() {
        return held.values();
    }

    void forget(Held gone) {
        held.values().remove(gone);
    }

    /** Boards that have an audience here. */
    Set<String> boards() {
        return Set.copyOf(told.keySet());
    }

    /** Tells the sockets here who appeared and who is gone since they were last told. */
    void announce(String boardId, List<Viewer> viewers) {
        if (rooms.members(boardId).isEmpty()) {
            told.remove(boardId); // nobody here to tell
            return;
        }
        List<Viewer> before = told.getOrDefault(boardId, viewers);
        viewers.stream().filter(v -> !before.contains(v))
                .forEach(v -> deliver(boardId, PresenceMessages.userJoined(boardId, v, viewers.size()), v.userId()));
        before.stream().filter(v -> !viewers.contains(v))
                .forEach(v -> deliver(boardId, PresenceMessages.userLeft(boardId, v, viewers.size()), v.userId()));
        told.put(boardId, viewers);
    }

    /** To the board's sockets here that already have their viewer list, except one user's. */
    void deliver(String boardId, String json, String excludeUserId) {
        for (Connection connection : rooms.members(boardId)) {
            if (held.containsKey(key(connection, boardId)) && !connection.user().id().equals(excludeUserId)) {
                connection.send(json);
            }
        }
    }

    private String key(Connection connection, String boardId) {
        return instance + "/" + connection.id() + " " + boardId;
    }
}
