package taskboard.capstone.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;

/**
 * An EventSource in a few lines: one long GET of {@code /boards/board-1/events} on a plain socket,
 * read by a {@link SocketLoop} (no thread of its own). It undoes the chunked encoding and scans the
 * body's bytes for the event numbers in place, without decoding text or splitting lines.
 */
final class SseSubscriber implements Subscriber, SocketLoop.Reader {
    private final int index;
    private final SocketLoop loop;
    private final Target target;
    private final Deliveries deliveries;
    private final CompletableFuture<Void> listening = new CompletableFuture<>();
    private final PayloadScanner scanner;
    private final HttpHead head = new HttpHead();
    private final ChunkedBody body;
    private volatile SocketChannel channel;
    private boolean streaming;

    SseSubscriber(int index, SocketLoop loop, Target target, Deliveries deliveries) {
        this.index = index;
        this.loop = loop;
        this.target = target;
        this.deliveries = deliveries;
        this.scanner = new PayloadScanner("\"connected\"", seq -> deliveries.received(index, seq),
                () -> listening.complete(null));
        this.body = new ChunkedBody(this::data);
    }

    @Override
    public CompletableFuture<Void> open() {
        try {
            URI base = URI.create(target.baseUrl());
            channel = SocketLoop.connect(base);
            deliveries.request();
            SocketLoop.writeFully(channel, "GET /boards/board-1/events HTTP/1.1\r\nHost: " + base.getAuthority()
                    + "\r\nAccept: text/event-stream\r\n"
                    + (target.sessionCookie() == null ? "" : "Cookie: " + target.sessionCookie() + "\r\n") + "\r\n");
            loop.add(channel, this, null);
        } catch (IOException | RuntimeException e) {
            listening.completeExceptionally(e);
        }
        return listening;
    }

    @Override
    public void read(SocketChannel from, ByteBuffer bytes) {
        if (!streaming) {
            if (!head.read(bytes)) {
                return;
            }
            if (head.status() != 200) {
                throw new IllegalStateException("GET /boards/board-1/events answered " + head.firstLine());
            }
            body.chunked("chunked".equalsIgnoreCase(head.header("Transfer-Encoding")));
            streaming = true;
        }
        body.read(bytes);
    }

    private void data(byte[] array, int from, int to) {
        deliveries.bytes(to - from);
        scanner.scan(array, from, to);
    }

    @Override
    public void ended(Throwable cause) {
        listening.completeExceptionally(cause);
    }

    @Override
    public void close() {
        SocketChannel current = channel;
        if (current != null) {
            try {
                current.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
