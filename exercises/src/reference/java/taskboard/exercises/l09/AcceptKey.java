package taskboard.exercises.l09;

/**
 * L9 exercise 1: the server's half of the opening handshake (RFC 6455 section 1.3). The answer is
 * 04-websockets' {@link taskboard.websocket.AcceptKey}.
 */
public final class AcceptKey {
    /** The GUID every WebSocket server appends to the client's key. */
    public static final String GUID = taskboard.websocket.AcceptKey.GUID;

    private AcceptKey() {
    }

    /** Sec-WebSocket-Accept for a Sec-WebSocket-Key: base64(SHA-1(key + GUID)). */
    public static String of(String secWebSocketKey) {
        return taskboard.websocket.AcceptKey.of(secWebSocketKey);
    }
}
