package taskboard.capstone.bench;

import java.nio.ByteBuffer;
import java.util.function.IntConsumer;

/**
 * Finds the bench event numbers ({@code "title":"bench-42"}) and one start marker (e.g.
 * {@code "connected"}) in a stream of bytes or chars as they arrive, one character at a time, with
 * its state kept across buffers. The load generator shares the machine's cores with the server, so
 * it reads frames without decoding them into Strings or splitting them into lines.
 */
final class PayloadScanner {
    private static final String TITLE = "\"title\":\"bench-";

    private final Matcher title = new Matcher(TITLE);
    private final Matcher marker;
    private final IntConsumer onSeq;
    private final Runnable onMarker;
    private boolean markerSeen; // the marker only matters once: the first frame or message
    private boolean inNumber;
    private int digits;
    private int value;

    /** {@code marker} must start with '"', as the event numbers' pattern does. */
    PayloadScanner(String marker, IntConsumer onSeq, Runnable onMarker) {
        if (!marker.startsWith("\"")) {
            throw new IllegalArgumentException("The marker must start with a quote: " + marker);
        }
        this.marker = new Matcher(marker);
        this.onSeq = onSeq;
        this.onMarker = onMarker;
    }

    /** Scans the readable bytes without consuming them (the payloads are ASCII where it matters). */
    void scan(ByteBuffer bytes) {
        if (bytes.hasArray()) {
            scan(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.arrayOffset() + bytes.limit());
        } else {
            for (int i = bytes.position(), end = bytes.limit(); i < end; i++) {
                accept(bytes.get(i));
            }
        }
    }

    /** Scans {@code array[from..to)}. */
    void scan(byte[] array, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = array[i];
            if (b == '"' || !idle()) {
                accept(b);
            }
        }
    }

    void scan(CharSequence chars) {
        for (int i = 0, end = chars.length(); i < end; i++) {
            char c = chars.charAt(i);
            if (c == '"' || !idle()) {
                accept(c);
            }
        }
    }

    // Both patterns start with '"': between a match attempt and the next quote nothing can start,
    // so most characters are skipped with one comparison.
    private boolean idle() {
        return !inNumber && title.matched == 0 && (markerSeen || marker.matched == 0);
    }

    private void accept(int c) {
        if (inNumber) {
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                digits++;
                return;
            }
            if (digits > 0) {
                onSeq.accept(value);
            }
            inNumber = false;
        }
        if (title.step(c)) {
            inNumber = true;
            digits = 0;
            value = 0;
        }
        if (!markerSeen && marker.step(c)) {
            markerSeen = true;
            onMarker.run();
        }
    }

    /** Knuth-Morris-Pratt: finds every occurrence of a pattern, one character at a time. */
    private static final class Matcher {
        private final char[] pattern;
        private final int[] fallback;
        private int matched;

        Matcher(String text) {
            pattern = text.toCharArray();
            fallback = new int[pattern.length];
            for (int i = 1, k = 0; i < pattern.length; i++) {
                while (k > 0 && pattern[i] != pattern[k]) {
                    k = fallback[k - 1];
                }
                if (pattern[i] == pattern[k]) {
                    k++;
                }
                fallback[i] = k;
            }
        }

        /** True when {@code c} completes an occurrence. */
        boolean step(int c) {
            while (matched > 0 && pattern[matched] != c) {
                matched = fallback[matched - 1];
            }
            if (pattern[matched] == c) {
                matched++;
            }
            if (matched == pattern.length) {
                matched = fallback[matched - 1];
                return true;
            }
            return false;
        }
    }
}
