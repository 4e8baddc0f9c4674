package taskboard.patterns;

import java.util.List;

import taskboard.events.BoardEvent;

/**
 * Where a subscriber that fell behind reads what it missed: the board's event log
 * ({@code services.eventLog()::after}). The log, not the bus, is the truth: the bus is only the
 * fast way to hear about it.
 */
@FunctionalInterface
public interface EventHistory {
    /** A history with nothing in it, for a bus that carries events which are not in any log. */
    EventHistory NONE = (boardId, afterId, limit) -> List.of();

    /** Events of a board with an id greater than {@code afterId}, oldest first, at most {@code limit}. */
    List<BoardEvent> after(String boardId, long afterId, int limit);
}
