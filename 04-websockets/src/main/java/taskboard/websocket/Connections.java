package taskboard.websocket;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every open socket of this server, by Javalin's session id: for the heartbeat, counts and shutdown. */
public final class Connections {
    private final Map<String, Connection> open = new ConcurrentHashMap<>();

    void add(Connection connection) {
        open.put(connection.id(), connection);
    }

    void remove(Connection connection) {
        open.remove(connection.id(), connection);
    }

    public Optional<Connection> find(String id) {
        return Optional.ofNullable(open.get(id));
    }

    public Collection<Connection> all() {
        return List.copyOf(open.values());
    }

    /** Sockets of one user (several tabs, several devices). */
    public List<Connection> of(String userId) {
        return open.values().stream().filter(c -> c.user() != null && c.user().id().equals(userId)).toList();
    }

    public int count() {
        return open.size();
    }
}
