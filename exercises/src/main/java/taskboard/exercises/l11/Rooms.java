package taskboard.exercises.l11;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.javalin.websocket.WsContext;

import taskboard.exercises.Todo;
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
        // TODO(11.1): send to every socket of that room whose session is open (socket.session.isOpen()).
        throw Todo.exercise("11.1", "send to the open sockets of one room in Rooms.broadcast", "L11", "04-websockets");
    }

    /** Like {@link #broadcast}, but not to {@code sender}: it learns from its own answer instead. */
    public void broadcastExcept(String boardId, String json, WsContext sender) {
        // TODO(11.2): the same, skipping the sender.
        throw Todo.exercise("11.2", "broadcast to a room except the sender in Rooms.broadcastExcept", "L11", "04-websockets");
    }

    /** A disconnect: takes the socket out of every room it was in and returns those boards. */
    public List<String> leaveAll(WsContext socket) {
        // TODO(11.3): remove the socket from each room that has it; return the ids of those boards.
        throw Todo.exercise("11.3", "take a closed socket out of every room in Rooms.leaveAll", "L11", "04-websockets");
    }
}
