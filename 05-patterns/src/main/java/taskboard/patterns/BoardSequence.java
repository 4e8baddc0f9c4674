package taskboard.patterns;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import taskboard.events.BoardEvent;

/**
 * Exactly once and in id order, per board. Remembers the last id delivered for each board: an
 * event at or below it is a duplicate and is dropped; an event that skips ids (it overtook an
 * earlier one, or the earlier one was lost) first pulls the missing ids from the event log.
 *
 * <p>Not thread-safe: each sequence belongs to one dispatcher thread.
 */
public final class BoardSequence {
    private static final Logger log = LoggerFactory.getLogger(BoardSequence.class);
    private static final int PAGE = 500;

    private final Map<String, Long> lastDelivered;
    private final boolean knowsEveryBoard;
    private volatile long filled;

    private BoardSequence(Map<String, Long> lastDelivered, boolean knowsEveryBoard) {
        this.lastDelivered = new HashMap<>(lastDelivered);
        this.knowsEveryBoard = knowsEveryBoard;
    }

    /** A subscriber's view: a board's first event is where its sequence starts. */
    public static BoardSequence startingAtFirstEvent() {
        return new BoardSequence(Map.of(), false);
    }

    /**
     * An instance's view, started from the log's newest id per board: a board missing from
     * {@code latest} had no events yet, so its first event must be id 1.
     */
    public static BoardSequence startingAt(Map<String, Long> latest) {
        return new BoardSequence(latest, true);
    }

    /** Hands {@code event} to {@code out} if it is new, after any events missing before it. */
    public void accept(BoardEvent event, EventHistory history, Consumer<BoardEvent> out) {
        Long last = last(event.boardId());
        if (last != null && event.id() <= last) {
            return; // seen already: the same event from another path
        }
        if (last != null && event.id() > last + 1) {
            fill(event.boardId(), last, event.id() - 1, history, out);
        }
        deliver(event, out);
    }

    /** Delivers whatever the log holds after the last delivered id of a board (after an outage). */
    public void catchUp(String boardId, long newestInLog, EventHistory history, Consumer<BoardEvent> out) {
        Long last = last(boardId);
        if (last != null && newestInLog > last) {
            fill(boardId, last, newestInLog, history, out);
        }
    }

    /** The last id delivered for a board, or null when this sequence has not started it yet. */
    public Long last(String boardId) {
        Long last = lastDelivered.get(boardId);
        return last == null && knowsEveryBoard ? Long.valueOf(0) : last;
    }

    private void fill(String boardId, long last, long upTo, EventHistory history, Consumer<BoardEvent> out) {
        long cursor = last;
        while (cursor < upTo) {
            var missing = history.after(boardId, cursor, (int) Math.min(PAGE, upTo - cursor));
            if (missing.isEmpty()) {
                break;
            }
            if (missing.get(0).id() > cursor + 1) {
                log.warn("Events {}..{} of {} are no longer in the log: subscribers skip them",
                        cursor + 1, missing.get(0).id() - 1, boardId);
            }
            for (BoardEvent e : missing) {
                if (e.id() <= upTo) {
                    filled++;
                    deliver(e, out);
                }
            }
            cursor = missing.get(missing.size() - 1).id();
        }
    }

    /** Events this sequence had to read from the log: they did not come (in time) by the fast path. */
    public long filled() {
        return filled;
    }

    private void deliver(BoardEvent event, Consumer<BoardEvent> out) {
        lastDelivered.put(event.boardId(), event.id());
        out.accept(event);
    }
}
