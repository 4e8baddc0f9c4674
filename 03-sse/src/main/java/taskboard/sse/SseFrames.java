package taskboard.sse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * L5: the text/event-stream format. A frame is a few {@code field: value} lines ended by a blank
 * line; a line starting with ':' is a comment. The browser splits on line breaks, so no value may
 * carry one where it would break the frame: ids and event names lose their CR/LF, and data is
 * split into one {@code data:} line per line (the client joins them back with '\n').
 */
public final class SseFrames {
    /** Sent every heartbeat interval (L8): keeps proxies from cutting an idle stream. */
    public static final byte[] HEARTBEAT = comment("heartbeat");

    private SseFrames() {
    }

    /** {@code retry: 5000}: how long the browser waits before it reconnects (L5 exercise 2). */
    public static byte[] retry(Duration delay) {
        return bytes("retry: " + delay.toMillis() + "\n\n");
    }

    /** {@code : text}, one comment line per line of text. */
    public static byte[] comment(String text) {
        StringBuilder frame = new StringBuilder();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            frame.append(": ").append(line).append('\n');
        }
        return bytes(frame.append('\n').toString());
    }

    /**
     * One event: {@code id:} (omitted when null), {@code event:} (omitted when null) and the data,
     * e.g. {@code id: 43 / event: task_moved / data: {"type":"task_moved",...}} (L7).
     */
    public static byte[] event(String id, String event, String data) {
        StringBuilder frame = new StringBuilder(data.length() + 64);
        if (id != null) {
            frame.append("id: ").append(singleLine(id)).append('\n');
        }
        if (event != null) {
            frame.append("event: ").append(singleLine(event)).append('\n');
        }
        for (String line : data.split("\r\n|\r|\n", -1)) {
            frame.append("data: ").append(line).append('\n');
        }
        return bytes(frame.append('\n').toString());
    }

    /** A value that cannot end its line early: CR and LF removed. */
    static String singleLine(String value) {
        return value.replace("\r", "").replace("\n", "");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
