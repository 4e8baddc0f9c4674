package taskboard.polling.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jetty.util.thread.QueuedThreadPool;
import taskboard.app.Services;
import taskboard.polling.LongPollPlugin;
import taskboard.polling.LongPollWaiters;
import taskboard.polling.Stage02;
import taskboard.testing.Http;
import taskboard.testing.TestServer;

/**
 * How many waiting long polls one 02-polling server holds, and what they cost: heap after GC,
 * threads and file descriptors at each level, then how long one change takes to answer them all.
 * Loopback only; the client is raw non-blocking sockets in this same JVM (no thread each), so the
 * heap figures include the client's side of each connection: an upper bound for the server.
 *
 * <pre>./mvnw -q -pl 02-polling exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=taskboard.polling.bench.LongPollCapacity [-Dexec.args="1000 2500 5000"]</pre>
 */
public final class LongPollCapacity {
    private static final byte[] REQUEST =
            "GET /boards/board-1/poll HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private LongPollCapacity() {
    }

    public static void main(String[] args) throws Exception {
        int[] levels = args.length == 0 ? new int[] {1000, 2500, 5000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf("Open files limit %s; Java %s; %d cores%n", openFilesLimit(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        List<SocketChannel> clients = new ArrayList<>();
        try (TestServer server = TestServer.start(Stage02.STAGE,
                s -> s.tune(LongPollPlugin.Config.class, c -> c.timeout = Duration.ofMinutes(5)))) {
            LongPollWaiters waiters = waiters(server.services());
            Snapshot.jetty = (QueuedThreadPool) server.server().javalin().jettyServer().server().getThreadPool();
            Snapshot base = Snapshot.take(0);
            System.out.println(Snapshot.HEADER);
            System.out.println(base);
            for (int level : levels) {
                long start = System.nanoTime();
                while (clients.size() < level) {
                    clients.add(openPoll(server.port()));
                }
                awaitWaiting(waiters, level);
                long millis = (System.nanoTime() - start) / 1_000_000;
                Snapshot at = Snapshot.take(level);
                System.out.println(at + String.format("   %.2f KB per waiting poll (opened in %d ms)",
                        (at.heapBytes - base.heapBytes) / 1024.0 / level, millis));
            }
            wakeAll(server.http(), clients);
            System.out.printf("After the change: %d polls still waiting%n", waiters.count());
            long stop = System.nanoTime();
            server.close();
            System.out.printf("Server stopped in %d ms%n", (System.nanoTime() - stop) / 1_000_000);
        } finally {
            for (SocketChannel client : clients) {
                client.close();
            }
        }
    }

    private static SocketChannel openPoll(int port) throws IOException {
        SocketChannel channel = SocketChannel.open(new InetSocketAddress("localhost", port));
        channel.write(ByteBuffer.wrap(REQUEST));
        channel.configureBlocking(false);
        return channel;
    }

    /** One change answers every waiting poll: time from the request to the last response read. */
    private static void wakeAll(Http http, List<SocketChannel> clients) throws IOException {
        try (Selector selector = Selector.open()) {
            for (SocketChannel client : clients) {
                client.register(selector, SelectionKey.OP_READ);
            }
            long start = System.nanoTime();
            int status = http.post("/tasks", Http.json("title", "Wake everyone", "listId", "list-todo")).status();
            int answered = 0;
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            long deadline = start + Duration.ofSeconds(60).toNanos();
            while (answered < clients.size() && System.nanoTime() < deadline) {
                selector.select(1000);
                for (SelectionKey key : selector.selectedKeys()) {
                    buffer.clear();
                    if (((SocketChannel) key.channel()).read(buffer) != 0) {
                        answered++; // each answer is one small write: its first bytes mean it arrived
                        key.cancel();
                    }
                }
                selector.selectedKeys().clear();
            }
            System.out.printf("POST answered %d; one change answered %d of %d waiting polls in %d ms%n",
                    status, answered, clients.size(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static void awaitWaiting(LongPollWaiters waiters, int expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> waiters.count() >= expected);
    }

    private static LongPollWaiters waiters(Services services) {
        return services.find(LongPollWaiters.class).orElseThrow();
    }

    private static String openFilesLimit() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/limits"))) {
            return lines.filter(l -> l.startsWith("Max open files")).map(l -> l.replaceAll("\\s+", " ").trim())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Heap after a full GC, live threads and open file descriptors of this JVM. */
    private record Snapshot(int polls, long heapBytes, int threads, long serverThreads, int busy, long fds) {
        static final String HEADER = String.format("%8s %9s %9s %16s %13s %7s", "waiting", "heap MB", "threads",
                "server threads", "busy threads", "fds");
        static QueuedThreadPool jetty;

        static Snapshot take(int polls) throws IOException {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            int threads = ManagementFactory.getThreadMXBean().getThreadCount();
            long server = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("JettyServerThreadPool") || t.getName().startsWith("long-poll")).count();
            long fds;
            try (Stream<Path> open = Files.list(Path.of("/proc/self/fd"))) {
                fds = open.count();
            }
            return new Snapshot(polls, heap, threads, server, jetty.getBusyThreads(), fds);
        }

        @Override
        public String toString() {
            return String.format("%8d %9.1f %9d %16d %13d %7d", polls, heapBytes / 1024.0 / 1024.0, threads, serverThreads,
                    busy, fds);
        }
    }
}
