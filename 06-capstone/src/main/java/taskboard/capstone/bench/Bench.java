package taskboard.capstone.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import taskboard.app.Json;
import taskboard.capstone.monitoring.RuntimeStatsPlugin;

/**
 * L17 in numbers: opens N subscribers of one transport (or several at once) on board-1, publishes
 * K task creates at R per second over REST and measures what each transport costs: latency from
 * the POST to every subscriber, deliveries per second, requests and bytes per delivered event,
 * lost and duplicated deliveries, and the server's heap, RSS and threads per connection. With
 * {@code --capacity M} it only holds M idle connections per transport. Loopback only, bounded.
 *
 * <p>{@code java -cp 06-capstone/target/06-capstone.jar taskboard.capstone.bench.Bench --help}
 */
public final class Bench {
    private static final int CLIENTS = 4; // each JDK HttpClient has one selector thread for all its connections
    private static final int OPEN_BATCH = 250;
    private static final int SOCKET_LOOPS = 2; // the stream clients' reader threads: one per core of this machine

    private final BenchOptions options;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
    private final List<HttpClient> clients = new ArrayList<>();
    private final List<SocketLoop> loops = new ArrayList<>();

    Bench(BenchOptions options) throws java.io.IOException {
        this.options = options;
        for (int i = 0; i < SOCKET_LOOPS; i++) {
            loops.add(new SocketLoop("bench-socket-loop-" + (i + 1)));
        }
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                    .connectTimeout(Duration.ofSeconds(10)).build());
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        List<RunResult> results = run(BenchOptions.parse(args));
        boolean clean = results.stream().allMatch(r -> r.lost() == 0 && r.duplicates() == 0 && r.publishFailures() == 0);
        System.exit(clean ? 0 : 1);
    }

    /** Every run the options ask for, then the report (table, CSV, JSON, SVG). */
    public static List<RunResult> run(BenchOptions options) throws Exception {
        Bench bench = new Bench(options);
        try {
            List<RunResult> results = new ArrayList<>();
            for (List<Transport> transports : options.runs()) {
                results.add(bench.runOnce(transports));
            }
            new Report(options, results).write();
            return results;
        } finally {
            bench.executor.shutdownNow();
            bench.timer.shutdownNow();
            for (SocketLoop loop : bench.loops) {
                loop.close();
            }
        }
    }

    private RunResult runOnce(List<Transport> transports) throws Exception {
        Files.createDirectories(options.out());
        try (TargetServer server = options.url() == null
                ? TargetServer.spawn(options.serverJvm(), options.out().resolve("server.log"))
                : TargetServer.attach(options.url(), options.adminToken())) {
            Target target = new Target(server.baseUrl(), signIn(server.baseUrl()));
            JsonNode before = server.runtime();
            int connections = options.capacity() > 0 ? options.capacity() : options.subscribers();
            int events = options.capacity() > 0 ? 1 : options.events(); // capacity mode publishes nothing
            Deliveries deliveries = new Deliveries(connections * transports.size(), events);
            List<Subscriber> subscribers = open(transports, connections, target, deliveries);
            try {
                if (options.capacity() > 0) {
                    Thread.sleep(options.hold().toMillis()); // idle on purpose: heartbeats run meanwhile
                }
                JsonNode idle = server.runtime();
                Publisher publisher = new Publisher(clients.get(0), target, deliveries);
                if (options.capacity() == 0 && options.warmUp() > 0) {
                    publisher.warmUp(options.warmUp(), options.rate()).get(
                            (long) (options.warmUp() / options.rate()) + 60, TimeUnit.SECONDS);
                    Thread.sleep(Math.max(1000, options.pollInterval().toMillis() * 2)); // let the warm-up drain
                }
                long requestsBeforePublishing = deliveries.requests();
                long bytesBeforePublishing = deliveries.bytesRead();
                long serverCpuBefore = server.runtime(false).get("processCpuNanos").asLong();
                long benchCpuBefore = RuntimeStatsPlugin.processCpuNanos();
                long firstSend = System.nanoTime();
                if (options.capacity() == 0) {
                    publisher.publish(events, options.rate()).get((long) (events / options.rate()) + 60, TimeUnit.SECONDS);
                    awaitDrained(deliveries);
                }
                CpuUse cpu = new CpuUse(server.runtime(false).get("processCpuNanos").asLong() - serverCpuBefore,
                        RuntimeStatsPlugin.processCpuNanos() - benchCpuBefore);
                return result(transports, subscribers.size(), events, deliveries, before, idle, firstSend,
                        deliveries.requests() - requestsBeforePublishing, deliveries.bytesRead() - bytesBeforePublishing,
                        publisher.failures(), cpu);
            } finally {
                subscribers.forEach(Subscriber::close);
            }
        }
    }

    private List<Subscriber> open(List<Transport> transports, int perTransport, Target target, Deliveries deliveries)
            throws Exception {
        List<Subscriber> subscribers = new ArrayList<>();
        List<CompletableFuture<Void>> batch = new ArrayList<>();
        long cursor = transports.contains(Transport.LONG_POLL) ? newestEventId(target) : 0;
        for (Transport transport : transports) {
            for (int i = 0; i < perTransport; i++) {
                int index = subscribers.size();
                HttpClient client = clients.get(index % clients.size());
                SocketLoop loop = loops.get(index % loops.size());
                Subscriber subscriber = switch (transport) {
                    case SSE -> new SseSubscriber(index, loop, target, deliveries);
                    case WEBSOCKET -> new WebSocketSubscriber(index, loop, target, deliveries);
                    case LONG_POLL -> {
                        var poller = new PollingSubscriber(index, client, target, deliveries, timer, null);
                        poller.startAt(cursor);
                        yield poller;
                    }
                    case SHORT_POLL -> new PollingSubscriber(index, client, target, deliveries, timer,
                            options.pollInterval());
                };
                subscribers.add(subscriber);
                batch.add(subscriber.open());
                if (batch.size() == OPEN_BATCH) { // a bounded connect burst, as a jittered reconnect storm would be
                    CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
                    batch.clear();
                }
            }
        }
        CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        if (transports.contains(Transport.LONG_POLL)) {
            Thread.sleep(1000); // long polls are "open" once sent: let the last ones reach the server
        }
        return subscribers;
    }

    /** Waits until every subscriber has every event, or until nothing new arrived for a while. */
    private void awaitDrained(Deliveries deliveries) throws InterruptedException {
        long quiet = Math.max(Duration.ofSeconds(5).toNanos(), 3 * options.pollInterval().toNanos());
        long lastCount = -1;
        long lastChange = System.nanoTime();
        while (deliveries.delivered() < deliveries.expected()) {
            long count = deliveries.delivered();
            if (count != lastCount) {
                lastCount = count;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > quiet) {
                return;
            }
            Thread.sleep(20); // a progress check, not a wait for one condition
        }
    }

    private RunResult result(List<Transport> transports, int connections, int events, Deliveries deliveries,
                             JsonNode before, JsonNode idle, long firstSend, long requests, long bytes,
                             long publishFailures, CpuUse cpu) {
        double[] p = deliveries.percentilesMillis();
        boolean capacity = options.capacity() > 0;
        long delivered = capacity ? 0 : deliveries.delivered();
        double seconds = (deliveries.lastDeliveryNanos() - firstSend) / 1e9;
        String label = String.join("+", transports.stream().map(Transport::label).toList());
        return new RunResult(label, connections, capacity ? 0 : events, capacity ? 0 : options.rate(),
                capacity ? 0 : deliveries.expected(), delivered, capacity ? 0 : deliveries.lost(),
                deliveries.duplicates(), deliveries.repeats(), p[0], p[1], p[2], p[3],
                delivered == 0 ? 0 : delivered / seconds,
                delivered == 0 ? 0 : (double) requests / delivered,
                delivered == 0 ? 0 : (double) bytes / delivered,
                perConnection(idle, before, "heapUsedBytes", connections),
                perConnection(idle, before, "rssBytes", connections),
                idle.get("threads").asInt(), before.get("threads").asInt(), publishFailures, loadAverage(),
                delivered == 0 ? 0 : cpu.serverNanos() / 1e3 / delivered,
                delivered == 0 ? 0 : cpu.benchNanos() / 1e3 / delivered);
    }

    /** CPU time the server and the load generator spent while the events were published and delivered. */
    private record CpuUse(long serverNanos, long benchNanos) {
    }

    /**
     * The machine's 1-minute load average when the run ended (Linux; NaN elsewhere): with more
     * runnable threads than cores, every latency includes waiting for a core, so the figures say so.
     */
    private static double loadAverage() {
        try {
            return Double.parseDouble(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static long perConnection(JsonNode after, JsonNode before, String field, int connections) {
        return (after.get(field).asLong() - before.get(field).asLong()) / connections;
    }

    /**
     * The board's newest event id: a long poll with a cursor ahead of the log is answered at once
     * with {@code "reset":true} and the newest id (L4's resync answer).
     */
    private long newestEventId(Target target) throws Exception {
        HttpResponse<String> response = clients.get(0).send(target.request(URI.create(target.baseUrl()
                + "/boards/board-1/poll?cursor=" + Long.MAX_VALUE)).build(), HttpResponse.BodyHandlers.ofString());
        return Json.MAPPER.readTree(response.body()).get("cursor").asLong();
    }

    /** Signs in as the seeded user and returns the session cookie every subscriber presents. */
    private String signIn(String baseUrl) throws Exception {
        String body = Json.write(java.util.Map.of("email", options.email(), "password", options.password()));
        HttpResponse<String> response = clients.get(0).send(HttpRequest.newBuilder(URI.create(baseUrl + "/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return null; // a stage without sign-in
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Sign-in as " + options.email() + " failed: " + response.statusCode()
                    + " " + response.body());
        }
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("session="))
                .map(cookie -> cookie.split(";", 2)[0])
                .findFirst()
                .orElseGet(() -> "session=" + Json.MAPPER.readTree(response.body()).get("token").asString());
    }
}
