package taskboard.exercises.l13;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import taskboard.app.Json;

/**
 * L13 exercise 3: what a client remembers so that a reconnect restores it. WebSockets do not
 * reconnect by themselves, and a new socket is in no room: the client rejoins its boards, once
 * each, saying the last event it saw so the server can send what it missed.
 */
public final class Rejoin {
    /** Joined boards in join order, with the last event id seen on each. */
    private final Map<String, Long> boards = new LinkedHashMap<>();

    /** A board the client had joined when its socket was up. */
    public synchronized void joined(String boardId) {
        boards.putIfAbsent(boardId, 0L);
    }

    public synchronized void left(String boardId) {
        boards.remove(boardId);
    }

    /** The client saw event {@code eventId} of a board. */
    public synchronized void saw(String boardId, long eventId) {
        boards.computeIfPresent(boardId, (b, last) -> Math.max(last, eventId));
    }

    /**
     * The messages to send on the new socket: one
     * {@code {"type":"join","boardId":...,"lastEventId":N}} per joined board, in join order
     * (lastEventId 0 when it saw none).
     */
    public synchronized List<String> messagesAfterReconnect() {
        return boards.entrySet().stream().map(board -> {
            Map<String, Object> join = new LinkedHashMap<>();
            join.put("type", "join");
            join.put("boardId", board.getKey());
            join.put("lastEventId", board.getValue());
            return Json.write(join);
        }).toList();
    }
}
