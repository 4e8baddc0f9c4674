package taskboard.websocket;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import taskboard.events.BoardEvent;

/**
 * One socket in one room, and the seam that makes a join with {@code lastEventId} exact: live
 * events that arrive while the missed ones are read from the event log wait in a buffer, and
 * nothing at or below the last id sent goes out again. The client gets the gap, in order, once.
 */
final class RoomMember {
    private final Connection connection;
    private final Executor writers;
    private List<BoardEvent> waiting = new ArrayList<>(); // non-null until the member is live
    private long lastSent;

    RoomMember(Connection connection, Executor writers) {
        this.connection = connection;
        this.writers = writers;
    }

    Connection connection() {
        return connection;
    }

    /** A live event from the board: sent now, or held back while the join is still replaying. */
    synchronized void deliver(BoardEvent event, String json) {
        if (waiting != null) {
            waiting.add(event);
        } else if (event.id() > lastSent) {
            connection.sendVia(json, writers); // the broadcasting thread moves on to the next member at once
            lastSent = event.id();
        }
    }

    /** Sends events read from the log (oldest first). */
    synchronized void replay(List<BoardEvent> events) {
        for (BoardEvent event : events) {
            if (event.id() > lastSent) {
                connection.send(Messages.event(event));
                lastSent = event.id();
            }
        }
    }

    /** Ends the join: the client is up to date with {@code upTo}; held-back newer events go out now. */
    synchronized void goLive(long upTo) {
        lastSent = Math.max(lastSent, upTo);
        List<BoardEvent> held = waiting;
        waiting = null;
        for (BoardEvent event : held) {
            deliver(event, Messages.event(event));
        }
    }

    synchronized long lastSent() {
        return lastSent;
    }
}
