package taskboard.sse;

import java.util.List;
import java.util.OptionalLong;

import taskboard.data.EventLog;
import taskboard.events.BoardEvent;

/**
 * L7: what a reconnecting client gets for its Last-Event-ID. The event log in the database is the
 * truth (it survives restarts and every instance shares it), and the rule is: exactly the missed
 * events, in order, once, or an explicit resync. Never a silent partial replay.
 */
final class Resumption {
    private final EventLog log;
    private final int window;

    Resumption(EventLog log, int window) {
        this.log = log;
        this.window = window;
    }

    /**
     * Where a stream starts on {@code boardId}.
     *
     * @param lastEventId the client's id for this board as sent, or null when it sent none
     */
    StartPoint plan(String boardId, String lastEventId) {
        long latest = log.latestId(boardId);
        if (lastEventId == null) {
            return StartPoint.fresh(boardId, latest);
        }
        long last = parse(lastEventId);
        if (lastEventId.isBlank()) {
            return StartPoint.resync(boardId, latest, "Last-Event-ID has no event id for " + boardId);
        }
        if (last < 0) {
            return StartPoint.resync(boardId, latest, "Last-Event-ID '" + shortened(lastEventId)
                    + "' is not an event id of " + boardId);
        }
        if (last > latest) {
            // Ids only grow, so a bigger id than the newest comes from a log that was reset.
            return StartPoint.resync(boardId, latest, "Event " + last + " is newer than " + boardId
                    + "'s latest event " + latest + ": the event log was reset");
        }
        if (latest - last > window) {
            return StartPoint.resync(boardId, latest, (latest - last) + " events were missed, more than the replay window of "
                    + window);
        }
        List<BoardEvent> missed = log.after(boardId, last, window);
        OptionalLong oldest = log.oldestId(boardId);
        boolean gap = last < latest && (missed.isEmpty() || missed.get(0).id() != last + 1
                || oldest.isPresent() && oldest.getAsLong() > last + 1);
        if (gap) {
            return StartPoint.resync(boardId, latest, "Event " + last + " is older than the event log of " + boardId);
        }
        return StartPoint.replay(boardId, last, missed);
    }

    /** The client's text, cut short: it goes back into a frame. */
    private static String shortened(String text) {
        String line = SseFrames.singleLine(text);
        return line.length() <= 40 ? line : line.substring(0, 40) + "...";
    }

    /** The id, or -1 when it is not a non-negative whole number. */
    private static long parse(String id) {
        try {
            long value = Long.parseLong(id.trim());
            return value >= 0 ? value : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
