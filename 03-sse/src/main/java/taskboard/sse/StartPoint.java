package taskboard.sse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import taskboard.app.Json;
import taskboard.events.BoardEvent;

/**
 * Where a stream starts on one board (L7), decided by {@link Resumption}:
 * <ul>
 *   <li>fresh: no Last-Event-ID, live events from the board's latest id on;</li>
 *   <li>replay: the events the client missed, then live events after them;</li>
 *   <li>resync: the gap cannot be replayed exactly, so the client is told to refetch the board.</li>
 * </ul>
 *
 * @param cursor the last event id the client has (or, for a resync, will have after refetching)
 */
record StartPoint(String boardId, Kind kind, long cursor, List<BoardEvent> replay, String reason) {

    enum Kind { FRESH, REPLAY, RESYNC }

    static StartPoint fresh(String boardId, long latestId) {
        return new StartPoint(boardId, Kind.FRESH, latestId, List.of(), null);
    }

    static StartPoint replay(String boardId, long lastEventId, List<BoardEvent> missed) {
        return new StartPoint(boardId, Kind.REPLAY, lastEventId, List.copyOf(missed), null);
    }

    static StartPoint resync(String boardId, long latestId, String reason) {
        return new StartPoint(boardId, Kind.RESYNC, latestId, List.of(), reason);
    }

    /** {"type":"resync","boardId":...,"latestId":...,"reason":...}: refetch the board, then carry on. */
    String resyncJson() {
        Map<String, Object> resync = new LinkedHashMap<>();
        resync.put("type", "resync");
        resync.put("boardId", boardId);
        resync.put("latestId", cursor);
        resync.put("reason", reason);
        return Json.write(resync);
    }
}
