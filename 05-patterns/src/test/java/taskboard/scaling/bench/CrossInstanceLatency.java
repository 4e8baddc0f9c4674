package taskboard.scaling.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import taskboard.app.Settings;
import taskboard.app.TaskBoardServer;
import taskboard.events.BoardEvent;
import taskboard.patterns.Stage05;
import taskboard.scaling.Scaling;
import taskboard.testing.EmbeddedRedis;
import taskboard.testing.Http;

/**
 * L16's figure: how long an event takes to reach another instance. Two instances of 05-patterns
 * share one SQLite file and one Redis (REDIS_URL if set, else an embedded one on loopback). One
 * client creates tasks on A, one at a time; the benchmark records when each event reaches a bus
 * subscriber on A (local), a bus subscriber on B (through Redis) and an SSE client on B.
 *
 * <pre>./mvnw -q -pl 05-patterns test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=taskboard.scaling.bench.CrossInstanceLatency [-Dexec.args="1000"]</pre>
 */
public final class CrossInstanceLatency {
    private static final int WARM_UP = 200;

    private final Map<String, Long> sent = new ConcurrentHashMap<>();
    private final Map<String, Long> onA = new ConcurrentHashMap<>();
    private final Map<String, Long> onB = new ConcurrentHashMap<>();
    private final Map<String, Long> sseOnB = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        EmbeddedRedis embedded = System.getenv(Scaling.REDIS_URL) == null ? EmbeddedRedis.launch() : null;
        String redisUrl = embedded != null ? embedded.url() : System.getenv(Scaling.REDIS_URL);
        Path db = Files.createTempDirectory("taskboard-bench").resolve("taskboard.db");
        Settings settings = Settings.of(0, db).withEnv(Scaling.REDIS_URL, redisUrl);
        TaskBoardServer a = Stage05.STAGE.start(settings);
        TaskBoardServer b = Stage05.STAGE.start(settings);
        try {
            new CrossInstanceLatency().run(a, b, events);
        } finally {
            b.close();
            a.close();
            if (embedded != null) {
                embedded.close();
            }
        }
        System.exit(0);
    }

    private void run(TaskBoardServer a, TaskBoardServer b, int events) throws Exception {
        a.services().delivery().subscribe(e -> arrived(onA, e));
        b.services().delivery().subscribe(e -> arrived(onB, e));
        CountDownLatch streaming = new CountDownLatch(1);
        Thread sse = new Thread(() -> readSse(b.baseUrl() + "/boards/board-1/events", streaming), "bench-sse");
        sse.setDaemon(true);
        sse.start();
        streaming.await(10, TimeUnit.SECONDS);

        Http http = new Http(a.baseUrl());
        send(http, WARM_UP, "warm-up");
        awaitAll(WARM_UP);
        clear();
        long start = System.nanoTime();
        send(http, events, "measured");
        awaitAll(events);
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("Cross-instance delivery, %d events created one at a time on A (after %d warm-up), Redis %s%n",
                events, WARM_UP, System.getenv(Scaling.REDIS_URL) == null ? "embedded" : "from REDIS_URL");
        System.out.printf("  %-40s %8s %8s %8s %8s%n", "from POST sent to ...", "p50 ms", "p90 ms", "p99 ms", "max ms");
        print("a bus subscriber on A (same instance)", latencies(onA, sent));
        print("a bus subscriber on B (through Redis)", latencies(onB, sent));
        print("an SSE client on B", latencies(sseOnB, sent));
        print("B's subscriber minus A's (the Redis hop)", latencies(onB, onA));
        System.out.printf("  throughput: %.0f events/s with one writer%n", events / seconds);
    }

    private void send(Http http, int count, String label) {
        for (int i = 0; i < count; i++) {
            String title = label + "-" + i;
            sent.put(title, System.nanoTime());
            var created = http.post("/tasks", Http.json("title", title, "listId", "list-todo"));
            if (created.status() != 201) {
                throw new IllegalStateException("POST failed: " + created);
            }
        }
    }

    private void arrived(Map<String, Long> where, BoardEvent event) {
        long now = System.nanoTime();
        int at = event.json().indexOf("\"title\":\"");
        if (at > 0) {
            String rest = event.json().substring(at + 9);
            where.putIfAbsent(rest.substring(0, rest.indexOf('"')), now);
        }
    }

    private void readSse(String url, CountDownLatch streaming) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        try {
            HttpResponse<InputStream> response = Http.client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                streaming.countDown();
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("data: ") && line.contains("\"title\":\"")) {
                        long now = System.nanoTime();
                        String rest = line.substring(line.indexOf("\"title\":\"") + 9);
                        sseOnB.putIfAbsent(rest.substring(0, rest.indexOf('"')), now);
                    }
                }
            }
        } catch (Exception e) {
            streaming.countDown();
        }
    }

    private void awaitAll(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((onA.size() < count || onB.size() < count || sseOnB.size() < count) && System.nanoTime() < deadline) {
            Thread.sleep(20); // a benchmark's polling loop, not a test
        }
        if (onB.size() < count || sseOnB.size() < count) {
            throw new IllegalStateException("Only " + onB.size() + " / " + sseOnB.size() + " of " + count + " arrived on B");
        }
    }

    private void clear() {
        sent.clear();
        onA.clear();
        onB.clear();
        sseOnB.clear();
    }

    private static long[] latencies(Map<String, Long> arrived, Map<String, Long> from) {
        return arrived.entrySet().stream().filter(e -> from.containsKey(e.getKey()))
                .mapToLong(e -> e.getValue() - from.get(e.getKey())).sorted().toArray();
    }

    private static void print(String label, long[] nanos) {
        System.out.printf("  %-40s %8.2f %8.2f %8.2f %8.2f%n", label, pct(nanos, 50), pct(nanos, 90), pct(nanos, 99),
                nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
