package taskboard.capstone.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket viewer of board-1 on a plain socket: the opening handshake, a {@code join}, then the
 * server's frames read by a {@link SocketLoop} and scanned in place for the event numbers. Pings
 * are answered (the server's heartbeat drops a peer that stays silent); text is never decoded.
 */
final class WebSocketSubscriber implements Subscriber, SocketLoop.Reader {
    private static final String JOIN = "{\"type\":\"join\",\"boardId\":\"board-1\"}";

    private final SocketLoop loop;
    private final Target target;
    private final Deliveries deliveries;
    private final CompletableFuture<Void> joined = new CompletableFuture<>();
    private final PayloadScanner scanner;
    private final HttpHead head = new HttpHead();
    private final WebSocketFrames frames;
    private String acceptKey;
    private volatile SocketChannel channel;
    private boolean open;

    WebSocketSubscriber(int index, SocketLoop loop, Target target, Deliveries deliveries) {
        this.loop = loop;
        this.target = target;
        this.deliveries = deliveries;
        this.scanner = new PayloadScanner("\"type\":\"joined\"", seq -> deliveries.received(index, seq),
                () -> joined.complete(null));
        this.frames = new WebSocketFrames(scanner::scan, deliveries::bytes, this::pong);
    }

    @Override
    public CompletableFuture<Void> open() {
        try {
            URI base = URI.create(target.baseUrl());
            byte[] nonce = new byte[16];
            ThreadLocalRandom.current().nextBytes(nonce);
            String key = Base64.getEncoder().encodeToString(nonce);
            acceptKey = accept(key);
            channel = SocketLoop.connect(base);
            deliveries.request();
            SocketLoop.writeFully(channel, "GET /ws HTTP/1.1\r\nHost: " + base.getAuthority()
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: " + key + "\r\n"
                    + (target.sessionCookie() == null ? "" : "Cookie: " + target.sessionCookie() + "\r\n") + "\r\n");
            SocketLoop.writeFully(channel, WebSocketFrames.masked(WebSocketFrames.TEXT, JOIN.getBytes(StandardCharsets.UTF_8)));
            loop.add(channel, this, null);
        } catch (IOException | RuntimeException e) {
            joined.completeExceptionally(e);
        }
        return joined;
    }

    @Override
    public void read(SocketChannel from, ByteBuffer bytes) {
        if (!open) {
            if (!head.read(bytes)) {
                return;
            }
            if (head.status() != 101 || !acceptKey.equals(head.header("Sec-WebSocket-Accept"))) {
                throw new IllegalStateException("The WebSocket upgrade was refused: " + head.firstLine());
            }
            open = true;
        }
        frames.read(bytes);
    }

    private void pong(ByteBuffer payload) {
        try {
            SocketLoop.writeFully(channel, WebSocketFrames.masked(WebSocketFrames.PONG, payload));
        } catch (IOException e) {
            throw new IllegalStateException("Answering a ping failed", e);
        }
    }

    @Override
    public void ended(Throwable cause) {
        joined.completeExceptionally(cause);
    }

    @Override
    public void close() {
        SocketChannel current = channel;
        if (current != null) {
            try {
                current.close(); // an abort: the benchmark is over, nobody waits for a close handshake
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** RFC 6455: base64(SHA-1(key + the protocol's GUID)), what the server must answer. */
    private static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(
                    (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.ISO_8859_1));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
