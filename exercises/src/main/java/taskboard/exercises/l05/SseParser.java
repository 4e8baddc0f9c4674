package taskboard.exercises.l05;

import java.util.List;

import taskboard.exercises.Todo;

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
        // TODO(5.1): split into lines (\r\n, \r or \n), collect the fields of a frame, emit an Event at each blank line.
        throw Todo.exercise("5.1", "parse the raw text/event-stream into events in SseParser.parse", "L5", "03-sse");
    }
}
