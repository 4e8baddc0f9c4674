package taskboard.capstone.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Collects an HTTP response's status line and headers, up to the blank line, from bytes as they come. */
final class HttpHead {
    private static final int LIMIT = 16 * 1024;

    private final StringBuilder text = new StringBuilder(256);
    private boolean complete;

    /** Consumes head bytes from {@code bytes}; true once the blank line was read (the body follows). */
    boolean read(ByteBuffer bytes) {
        while (!complete && bytes.hasRemaining()) {
            text.append((char) (bytes.get() & 0xff));
            int n = text.length();
            complete = n >= 4 && text.charAt(n - 4) == '\r' && text.charAt(n - 3) == '\n'
                    && text.charAt(n - 2) == '\r' && text.charAt(n - 1) == '\n';
            if (n > LIMIT) {
                throw new IllegalStateException("An HTTP response head longer than " + LIMIT + " bytes");
            }
        }
        return complete;
    }

    /** e.g. 200, from {@code HTTP/1.1 200 OK}. */
    int status() {
        String[] parts = text.toString().split(" ", 3);
        return parts.length > 1 ? Integer.parseInt(parts[1].trim()) : -1;
    }

    /** A header's value (case-insensitive name), or null. */
    String header(String name) {
        for (String line : text.toString().split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    String firstLine() {
        int end = text.indexOf("\r\n");
        return end < 0 ? text.toString() : text.substring(0, end);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
