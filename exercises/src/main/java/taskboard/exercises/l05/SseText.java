package taskboard.exercises.l05;

import java.time.Duration;

import taskboard.exercises.Todo;

/**
 * L5 exercises 2 and 3: writing {@code text/event-stream} by hand. A frame is a few
 * {@code field: value} lines and ends with a blank line.
 */
public final class SseText {
    private SseText() {
    }

    /** {@code retry: 5000}: how long the browser waits before it reconnects, as its own frame. */
    public static String retry(Duration delay) {
        // TODO(5.2): "retry: <milliseconds>" then the blank line that ends the frame.
        throw Todo.exercise("5.2", "write the retry: frame in SseText.retry", "L5", "03-sse");
    }

    /**
     * One event: {@code id:} and {@code event:} lines (each left out when null), then one
     * {@code data:} line per line of {@code data}, then a blank line.
     */
    public static String event(String id, String event, String data) {
        // TODO(5.3): a multi-line data becomes several data: lines (split on \r\n, \r or \n); end with a blank line.
        throw Todo.exercise("5.3", "frame an event whose data has several lines in SseText.event", "L5", "03-sse");
    }

    /** A comment frame: one {@code : text} line per line of {@code text} (EventSource ignores it). */
    public static String comment(String text) {
        // TODO(5.3): every line starts with ": "; end with a blank line.
        throw Todo.exercise("5.3", "frame a comment in SseText.comment", "L5", "03-sse");
    }
}
