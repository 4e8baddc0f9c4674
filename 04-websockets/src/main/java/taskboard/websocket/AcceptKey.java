package taskboard.websocket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * L9 exercise 1: the server's half of the opening handshake. The client sends a random
 * {@code Sec-WebSocket-Key}; the server proves it speaks WebSocket by answering
 * {@code Sec-WebSocket-Accept = base64(SHA-1(key + GUID))} with its 101 Switching Protocols.
 * Jetty does this for us; this class shows the computation (RFC 6455 section 1.3).
 */
public final class AcceptKey {
    /** The fixed GUID of RFC 6455: no other protocol would append it, so a correct answer proves intent. */
    public static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private AcceptKey() {
    }

    /** {@code of("dGhlIHNhbXBsZSBub25jZQ==")} is {@code "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="}. */
    public static String of(String secWebSocketKey) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1")
                    .digest((secWebSocketKey.trim() + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
