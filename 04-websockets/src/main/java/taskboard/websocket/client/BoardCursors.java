package taskboard.websocket.client;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import taskboard.app.Json;
import tools.jackson.databind.JsonNode;

/**
 * L13: the boards a client has joined and, for each, the newest event id it has seen: what a
 * rejoin after a reconnect sends as {@code lastEventId} so the server replays exactly the gap.
 */
final class BoardCursors {
    private final Set<String> boards = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> lastEventIds = new ConcurrentHashMap<>();
    private final Map<String, Long> joinedAt = new ConcurrentHashMap<>();

    void add(String boardId) {
        boards.add(boardId);
    }

    void remove(String boardId) {
        boards.remove(boardId);
        lastEventIds.remove(boardId);
    }

    Set<String> boards() {
        return Set.copyOf(boards);
    }

    Long lastEventId(String boardId) {
        return lastEventIds.get(boardId);
    }

    /** {"type":"join","boardId":...} plus the last event id seen, if any. */
    String joinMessage(String boardId) {
        Long last = lastEventIds.get(boardId);
        return last == null
                ? Json.write(Map.of("type", "join", "boardId", boardId))
                : Json.write(Map.of("type", "join", "boardId", boardId, "lastEventId", last));
    }

    /** Moves the cursors on with a message from the server; true if it asks to refetch the board. */
    boolean track(JsonNode message) {
        String type = message.path("type").asString("");
        String boardId = message.path("boardId").asString(null);
        if (boardId == null) {
            return false;
        }
        if ("joined".equals(type)) {
            joinedAt.put(boardId, message.path("lastEventId").asLong(0));
            lastEventIds.putIfAbsent(boardId, joinedAt.get(boardId));
        } else if ("resync".equals(type)) {
            lastEventIds.put(boardId, joinedAt.getOrDefault(boardId, 0L)); // live from where the join found the board
            return true;
        } else if (message.has("eventId")) {
            lastEventIds.merge(boardId, message.get("eventId").asLong(), Math::max);
        }
        return false;
    }
}
