package taskboard.exercises.l05;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import taskboard.sse.SseFrames;

/**
 * L5 exercises 2 and 3: writing {@code text/event-stream} by hand. A frame is a few
 * {@code field: value} lines and ends with a blank line. The answer is 03-sse's {@link SseFrames},
 * which the checkpoint's stream writes with.
 */
public final class SseText {
    private SseText() {
    }

    /** {@code retry: 5000}: how long the browser waits before it reconnects, as its own frame. */
    public static String retry(Duration delay) {
        return text(SseFrames.retry(delay));
    }

    /**
     * One event: {@code id:} and {@code event:} lines (each left out when null), then one
     * {@code data:} line per line of {@code data}, then a blank line.
     */
    public static String event(String id, String event, String data) {
        return text(SseFrames.event(id, event, data));
    }

    /** A comment frame: one {@code : text} line per line of {@code text} (EventSource ignores it). */
    public static String comment(String text) {
        return text(SseFrames.comment(text));
    }

    private static String text(byte[] frame) {
        return new String(frame, StandardCharsets.UTF_8);
    }
}
