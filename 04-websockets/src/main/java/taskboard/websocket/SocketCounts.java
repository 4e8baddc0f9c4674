package taskboard.websocket;

import java.util.Map;

import taskboard.admin.ConnectionCounters;

/** L8's GET /admin/connections counts sockets too: all open sockets, and per board by room. */
final class SocketCounts implements ConnectionCounters.Source {
    private final Connections connections;
    private final Rooms rooms;

    SocketCounts(Connections connections, Rooms rooms) {
        this.connections = connections;
        this.rooms = rooms;
    }

    @Override
    public int total() {
        return connections.count();
    }

    @Override
    public Map<String, Integer> perBoard() {
        return rooms.sizes();
    }
}
