package taskboard.polling;

import java.util.List;

import taskboard.app.Json;
import taskboard.data.Timestamps;
import taskboard.events.BoardEvent;

/**
 * What a long poll answers, rendered once as JSON text. The events' payloads are copied in as they
 * were serialised when the change was made: one answer can go to thousands of waiters unchanged.
 *
 * <ul>
 *   <li>a change: {@code {"data":[events...],"timestamp":"...","cursor":43}}</li>
 *   <li>the timeout: {@code {"data":[],"timeout":true,"cursor":42}}</li>
 *   <li>a cursor the log cannot continue: {@code {"data":[],"reset":true,"cursor":42,...}}: refetch the board</li>
 * </ul>
 */
public record PollAnswer(String json) {

    /** The events after the poll's cursor, oldest first; the new cursor is the last one's id. */
    public static PollAnswer changes(List<BoardEvent> events) {
        StringBuilder body = new StringBuilder(256).append("{\"data\":[");
        for (int i = 0; i < events.size(); i++) {
            body.append(i == 0 ? "" : ",").append(events.get(i).json());
        }
        long cursor = events.get(events.size() - 1).id();
        return new PollAnswer(body.append("],\"timestamp\":").append(Json.write(Timestamps.now()))
                .append(",\"cursor\":").append(cursor).append('}').toString());
    }

    /** Nothing changed before the timeout (or the server is stopping): poll again with the same cursor. */
    public static PollAnswer timeout(long cursor) {
        return new PollAnswer("{\"data\":[],\"timeout\":true,\"cursor\":" + cursor + "}");
    }

    /** The cursor is ahead of the board's log or older than what it keeps: the client must refetch the board. */
    public static PollAnswer reset(long latest) {
        return new PollAnswer("{\"data\":[],\"reset\":true,\"timestamp\":" + Json.write(Timestamps.now())
                + ",\"cursor\":" + latest + "}");
    }
}
