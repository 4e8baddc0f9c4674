package taskboard.exercises.l11;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.javalin.websocket.WsContext;

/**
 * L11: a room per board. Joining puts a socket in its board's room; a broadcast reaches the open
 * sockets of one room (optionally all but the sender); a disconnect leaves every room.
 */
public final class Rooms {
    private final Map<String, Set<WsContext>> rooms = new ConcurrentHashMap<>();

    /** Puts the socket in the board's room; returns how many sockets are in it now. */
    public int join(String boardId, WsContext socket) {
        Set<WsContext> room = rooms.computeIfAbsent(boardId, b -> ConcurrentHashMap.newKeySet());
        room.add(socket);
        return room.size();
    }

    /** Takes the socket out of one room; returns how many are left in it. */
    public int leave(String boardId, WsContext socket) {
        Set<WsContext> room = rooms.getOrDefault(boardId, Set.of());
        room.remove(socket);
        return room.size();
    }

    public int viewers(String boardId) {
        return rooms.getOrDefault(boardId, Set.of()).size();
    }

    /** Sends {@code json} to the open sockets in the board's room, and to nobody else. */
    public void broadcast(String boardId, String json) {
        broadcastExcept(boardId, json, null);
    }

    /** Like {@link #broadcast}, but not to {@code sender}: it learns from its own answer instead. */
    public void broadcastExcept(String boardId, String json, WsContext sender) {
        for (WsContext socket : rooms.getOrDefault(boardId, Set.of())) {
            if (!socket.equals(sender) && socket.session.isOpen()) {
                socket.send(json);
            }
        }
    }

    /** A disconnect: takes the socket out of every room it was in and returns those boards. */
    public List<String> leaveAll(WsContext socket) {
        List<String> left = new java.util.ArrayList<>();
        rooms.forEach((boardId, room) -> {
            if (room.remove(socket)) {
                left.add(boardId);
            }
        });
        return left;
    }
}
