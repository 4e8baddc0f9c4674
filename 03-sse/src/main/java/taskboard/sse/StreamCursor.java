package taskboard.sse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * L8: the {@code id:} of a stream. Event ids are per board (board-1's 5 and board-2's 5 are
 * different events), so a single-board stream sends the plain id ({@code 43}) and a multi-board
 * stream sends one cursor per board ({@code board-1:43,board-2:9}). The browser echoes it back as
 * Last-Event-ID, which therefore resumes every board of the stream.
 */
final class StreamCursor {
    private StreamCursor() {
    }

    static String format(Map<String, Long> cursors, boolean multiBoard) {
        if (!multiBoard) {
            return String.valueOf(cursors.values().iterator().next());
        }
        StringJoiner id = new StringJoiner(",");
        cursors.forEach((board, cursor) -> id.add(board + ":" + cursor));
        return id.toString();
    }

    /**
     * The Last-Event-ID of each board, as sent (possibly malformed, which {@link Resumption} turns
     * into a resync); null for every board when there is no header. A multi-board header that does
     * not name a board gives that board an empty id: it cannot be resumed.
     */
    static Map<String, String> parse(String header, List<String> boards, boolean multiBoard) {
        Map<String, String> ids = new HashMap<>();
        if (header == null) {
            return ids;
        }
        if (!multiBoard) {
            ids.put(boards.get(0), header);
            return ids;
        }
        Map<String, String> named = new HashMap<>();
        for (String part : header.split(",")) {
            int colon = part.lastIndexOf(':');
            if (colon > 0) {
                named.put(part.substring(0, colon).trim(), part.substring(colon + 1));
            }
        }
        for (String board : boards) {
            ids.put(board, named.getOrDefault(board, ""));
        }
        return ids;
    }
}
