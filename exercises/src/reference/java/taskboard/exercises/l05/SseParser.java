package taskboard.exercises.l05;

import java.util.ArrayList;
import java.util.List;

/**
 * L5 exercise 1: read a raw event stream (what {@code curl -N} shows) the way EventSource does.
 */
public final class SseParser {

    /**
     * One dispatched event: its {@code id:} and {@code event:} (null when the frame had none), its
     * {@code data:} lines joined with "\n", and its {@code retry:} in milliseconds (null if none).
     */
    public record Event(String id, String event, String data, Long retry) {
    }

    private SseParser() {
    }

    /**
     * The events of a raw stream, in order. Lines starting with ':' are comments and are skipped; a
     * blank line ends a frame; "field: value" loses one space after the colon; a frame with neither
     * data nor retry dispatches nothing.
     */
    public static List<Event> parse(String raw) {
        List<Event> events = new ArrayList<>();
        String id = null;
        String event = null;
        StringBuilder data = null;
        Long retry = null;
        for (String line : raw.split("\r\n|\r|\n", -1)) {
            if (line.isEmpty()) {
                if (data != null || retry != null) {
                    events.add(new Event(id, event, data == null ? null : data.toString(), retry));
                }
                id = null;
                event = null;
                data = null;
                retry = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue; // a comment: heartbeats look like this
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "id" -> id = value;
                case "event" -> event = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                case "retry" -> retry = value.matches("\\d+") ? Long.valueOf(value) : retry;
                default -> { } // unknown fields are ignored, as the spec says
            }
        }
        return events;
    }
}
