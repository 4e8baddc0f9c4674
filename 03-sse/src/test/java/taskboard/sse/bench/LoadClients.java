package taskboard.sse.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The benchmark's clients, in a process of their own (each side then needs one file descriptor
 * per stream, not two): many SSE streams on one thread with non-blocking sockets. Commands on
 * stdin: {@code open N} (until N streams have their connected frame, then prints {@code READY N}),
 * {@code expect K} (waits for K timed events on every stream, then prints the latency
 * percentiles), {@code quit}.
 */
public final class LoadClients {
    private static final byte[] NO_BYTES = new byte[0];

    private final InetSocketAddress server;
    private final String path;
    private final Selector selector;
    private final List<Stream> streams = new ArrayList<>();
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
    private long[] latencies = new long[1024];
    private int samples;
    private int connected;

    /** One stream's unread partial line. */
    private static final class Stream {
        final SocketChannel channel;
        byte[] partial = NO_BYTES;

        Stream(SocketChannel channel) {
            this.channel = channel;
        }
    }

    LoadClients(int port, String path) throws IOException {
        this.server = new InetSocketAddress("127.0.0.1", port);
        this.path = path;
        this.selector = Selector.open();
    }

    public static void main(String[] args) throws Exception {
        LoadClients clients = new LoadClients(Integer.parseInt(args[0]), args[1]);
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command; (command = commands.readLine()) != null && !command.equals("quit"); ) {
            String[] words = command.split(" ");
            if (words[0].equals("open")) {
                clients.open(Integer.parseInt(words[1]));
                System.out.println("READY " + clients.connected);
            } else if (words[0].equals("expect")) {
                System.out.println(clients.expect(Integer.parseInt(words[1])));
            }
            System.out.flush();
        }
    }

    /** Opens streams in batches (the accept queue is finite) until {@code total} are connected. */
    void open(int total) throws IOException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (connected < total && System.nanoTime() < deadline) {
            while (streams.size() < total && streams.size() - connected < 200) {
                SocketChannel channel = SocketChannel.open(server); // blocking connect on loopback: fast
                channel.configureBlocking(false);
                String request = "GET " + path + " HTTP/1.0\r\nHost: localhost\r\n\r\n"; // 1.0: no chunking
                channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
                Stream stream = new Stream(channel);
                channel.register(selector, SelectionKey.OP_READ, stream);
                streams.add(stream);
            }
            poll(100);
        }
    }

    /** Reads until every stream has had {@code events} more timed events (or 60 s passed). */
    String expect(int events) throws IOException {
        samples = 0;
        long wanted = (long) events * streams.size();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (samples < wanted && System.nanoTime() < deadline) {
            poll(100);
        }
        long[] sorted = Arrays.copyOf(latencies, samples);
        Arrays.sort(sorted);
        return String.format("LATENCY samples=%d/%d p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms", samples, wanted,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100));
    }

    private void poll(long millis) throws IOException {
        selector.select(millis);
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            Stream stream = (Stream) key.attachment();
            buffer.clear();
            int read = stream.channel.read(buffer);
            if (read < 0) {
                key.cancel();
                stream.channel.close();
                continue;
            }
            buffer.flip();
            byte[] bytes = new byte[stream.partial.length + buffer.remaining()];
            System.arraycopy(stream.partial, 0, bytes, 0, stream.partial.length);
            buffer.get(bytes, stream.partial.length, buffer.remaining());
            stream.partial = lines(bytes);
        }
    }

    /** Handles each whole line; returns the unfinished rest. */
    private byte[] lines(byte[] bytes) {
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line(new String(bytes, start, i - start, StandardCharsets.ISO_8859_1));
                start = i + 1;
            }
        }
        return start == bytes.length ? NO_BYTES : Arrays.copyOfRange(bytes, start, bytes.length);
    }

    private void line(String line) {
        if (!line.startsWith("data: ")) {
            return;
        }
        if (line.contains("\"type\":\"connected\"")) {
            connected++;
            return;
        }
        int at = line.indexOf("\"title\":\"bench ");
        if (at >= 0) {
            int from = at + "\"title\":\"bench ".length();
            long sentMicros = Long.parseLong(line.substring(from, line.indexOf('"', from)));
            record(nowMicros() - sentMicros);
        }
    }

    private void record(long micros) {
        if (samples == latencies.length) {
            latencies = Arrays.copyOf(latencies, samples * 2);
        }
        latencies[samples++] = micros;
    }

    static long nowMicros() {
        Instant now = Instant.now(); // the wall clock, shared by both processes on this machine
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }
}
