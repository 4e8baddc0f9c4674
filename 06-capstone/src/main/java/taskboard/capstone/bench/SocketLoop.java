package taskboard.capstone.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The stream clients' reader: one thread and one selector for thousands of sockets, reading into
 * one reused buffer that each stream scans in place. The load generator shares the machine's two
 * cores with the server it measures, so its cost per delivery must stay well below the server's:
 * a general-purpose client (decoding, line splitting, futures per read) would measure itself.
 */
final class SocketLoop implements AutoCloseable {

    /** One stream's protocol: parses what arrives, and is told once when the socket ends. */
    interface Reader {
        /** The bytes from {@code buffer.position()} to its limit arrived (the buffer is reused after). */
        void read(SocketChannel channel, ByteBuffer buffer) throws IOException;

        void ended(Throwable cause);
    }

    private record Registration(SocketChannel channel, Reader reader, ByteBuffer alreadyRead) {
    }

    private final Selector selector;
    private final Queue<Registration> registrations = new ConcurrentLinkedQueue<>();
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    private final Thread thread;
    private volatile boolean running = true;

    SocketLoop(String name) throws IOException {
        selector = Selector.open();
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** A connected socket on loopback (blocking, for the request and handshake), with Nagle off. */
    static SocketChannel connect(URI baseUrl) throws IOException {
        if (!"http".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("The stream clients speak plain HTTP only: " + baseUrl);
        }
        SocketChannel channel = SocketChannel.open(new InetSocketAddress(baseUrl.getHost(),
                baseUrl.getPort() < 0 ? 80 : baseUrl.getPort()));
        channel.socket().setTcpNoDelay(true);
        return channel;
    }

    static void writeFully(SocketChannel channel, String text) throws IOException {
        writeFully(channel, ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Small writes only (a request, a pong): a loopback socket's send buffer takes them at once. */
    static void writeFully(SocketChannel channel, ByteBuffer bytes) throws IOException {
        for (int attempts = 0; bytes.hasRemaining(); attempts++) {
            if (channel.write(bytes) == 0 && attempts > 1000) {
                throw new IOException("The server does not read: a small write did not fit its socket");
            }
        }
    }

    /** Hands a connected socket to the loop, non-blocking from now on; {@code alreadyRead} is read first. */
    void add(SocketChannel channel, Reader reader, ByteBuffer alreadyRead) throws IOException {
        channel.configureBlocking(false);
        registrations.add(new Registration(channel, reader, alreadyRead));
        selector.wakeup();
    }

    private void run() {
        while (running) {
            try {
                selector.select(1000);
                for (Registration registration; (registration = registrations.poll()) != null; ) {
                    SelectionKey key = registration.channel().register(selector, SelectionKey.OP_READ, registration.reader());
                    if (registration.alreadyRead() != null && registration.alreadyRead().hasRemaining()) {
                        deliver(key, registration.alreadyRead());
                    }
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    readFrom(key);
                }
                selector.selectedKeys().clear();
            } catch (IOException | RuntimeException e) {
                if (running) {
                    System.err.println("The benchmark's socket loop failed: " + e);
                }
            }
        }
    }

    private void readFrom(SelectionKey key) {
        SocketChannel channel = (SocketChannel) key.channel();
        try {
            buffer.clear();
            int count = channel.read(buffer);
            if (count < 0) {
                end(key, new IOException("The server closed the connection"));
                return;
            }
            buffer.flip();
            deliver(key, buffer);
        } catch (IOException | RuntimeException e) {
            end(key, e);
        }
    }

    private void deliver(SelectionKey key, ByteBuffer bytes) {
        try {
            ((Reader) key.attachment()).read((SocketChannel) key.channel(), bytes);
        } catch (IOException | RuntimeException e) {
            end(key, e);
        }
    }

    private static void end(SelectionKey key, Throwable cause) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException ignored) {
            // closing anyway
        }
        ((Reader) key.attachment()).ended(cause);
    }

    @Override
    public void close() throws IOException {
        running = false;
        selector.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        selector.close();
    }
}
