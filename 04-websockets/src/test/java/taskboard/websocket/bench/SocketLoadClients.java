package taskboard.websocket.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's clients, in their own process so the server's heap is measured alone. Reads
 * commands on stdin: {@code open N} (N more signed-in sockets join board-1, answers READY total),
 * {@code expect K} (waits for K events on every socket, answers the delivery latency
 * percentiles), {@code quit}. All sockets share one JDK HttpClient (one selector thread).
 */
public final class SocketLoadClients {
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<WebSocket> sockets = new ArrayList<>();
    private final AtomicInteger joined = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();
    private long[] latencies = new long[1024];
    private int samples;

    public static void main(String[] args) throws Exception {
        SocketLoadClients clients = new SocketLoadClients();
        URI uri = URI.create("ws://localhost:" + args[0] + "/ws?token=" + args[1]);
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null && !line.equals("quit"); line = commands.readLine()) {
            String[] command = line.split(" ");
            if (command[0].equals("open")) {
                System.out.println(clients.open(uri, Integer.parseInt(command[1])));
            } else if (command[0].equals("expect")) {
                System.out.println(clients.expect(Integer.parseInt(command[1])));
            }
        }
        System.exit(0);
    }

    private String open(URI uri, int more) throws InterruptedException {
        for (int i = 0; i < more; i++) {
            sockets.add(http.newWebSocketBuilder().buildAsync(uri, new Client()).join());
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (joined.get() < sockets.size() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return "READY " + joined.get();
    }

    private String expect(int events) throws InterruptedException {
        int wanted = events * sockets.size();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (received.get() < wanted && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long[] sorted;
        synchronized (this) {
            sorted = Arrays.copyOf(latencies, samples);
            samples = 0;
        }
        received.set(0);
        Arrays.sort(sorted);
        return String.format("samples=%d/%d p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms", sorted.length, wanted,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100));
    }

    private synchronized void record(long micros) {
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
        return sorted[Math.max(0, index)] / 1000.0;
    }

    private final class Client implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (text.startsWith("{\"type\":\"connected\"")) {
                    socket.sendText("{\"type\":\"join\",\"boardId\":\"board-1\"}", true);
                } else if (text.startsWith("{\"type\":\"joined\"")) {
                    joined.incrementAndGet();
                } else if (text.startsWith("{\"type\":\"task_updated\"")) {
                    int at = text.indexOf("bench ");
                    if (at >= 0) {
                        long sent = Long.parseLong(text.substring(at + 6, text.indexOf('"', at)));
                        record(nowMicros() - sent);
                        received.incrementAndGet();
                    }
                }
            }
            socket.request(1);
            return null;
        }
    }
}
