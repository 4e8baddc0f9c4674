package taskboard.exercises.l09;

import taskboard.exercises.Todo;

/** L9 exercise 1: the server's half of the opening handshake (RFC 6455 section 1.3). */
public final class AcceptKey {
    /** The GUID every WebSocket server appends to the client's key. */
    public static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private AcceptKey() {
    }

    /** Sec-WebSocket-Accept for a Sec-WebSocket-Key: base64(SHA-1(key + GUID)). */
    public static String of(String secWebSocketKey) {
        // TODO(9.1): MessageDigest.getInstance("SHA-1") over (key + GUID) as ASCII bytes, then Base64.getEncoder().
        throw Todo.exercise("9.1", "compute base64(SHA-1(key + GUID)) in AcceptKey.of", "L9", "04-websockets");
    }
}
