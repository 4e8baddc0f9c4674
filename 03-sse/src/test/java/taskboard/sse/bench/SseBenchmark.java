package taskboard.sse.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import taskboard.app.Settings;
import taskboard.app.TaskBoardServer;
import taskboard.testing.BenchReadings;
import taskboard.sse.Stage03;

/**
 * How many open streams one 03-sse instance holds, what each costs, and how fast an event reaches
 * them (L8, L16's "a connection costs a few KB"). Bounded and on loopback only: the server runs
 * here, the clients in a child process ({@link LoadClients}). For each step it prints the heap
 * per stream (after a full GC), threads, file descriptors and the delivery latency percentiles,
 * measured from just before the change is submitted to the moment a client has read the frame.
 *
 * <p>Arguments: the stream counts to step through (default 1000 10000) and the events per step (default 20).
 */
public final class SseBenchmark {
    private SseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] steps = args.length > 0 ? java.util.Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1000, 10_000};
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path folder = Files.createTempDirectory("sse-bench");
        TaskBoardServer server = Stage03.STAGE.start(Settings.of(0, folder.resolve("bench.db")));
        Process clients = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), LoadClients.class.getName(),
                String.valueOf(server.port()), "/boards/board-1/events")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (PrintWriter commands = new PrintWriter(clients.getOutputStream(), true, StandardCharsets.UTF_8);
             BufferedReader replies = new BufferedReader(new InputStreamReader(clients.getInputStream(), StandardCharsets.UTF_8))) {
            long baseline = BenchReadings.heapAfterGc();
            System.out.printf("%s, %d cores, max heap %d MB; heap with no stream %.1f MB, %d threads%n",
                    Runtime.version(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, baseline / 1048576.0, BenchReadings.threads());
            for (int streams : steps) {
                commands.println("open " + streams);
                String ready = replies.readLine();
                int open = server.services().find(taskboard.admin.ConnectionCounters.class).orElseThrow().counts().total();
                long heap = BenchReadings.heapAfterGc();
                System.out.printf("%s streams (server counts %d): heap %.1f MB, %.1f KiB per stream; %d threads;"
                                + " %d file descriptors; direct buffers %.1f MB%n",
                        ready.substring("READY ".length()), open, heap / 1048576.0, (heap - baseline) / 1024.0 / open,
                        BenchReadings.threads(), BenchReadings.fileDescriptors(), BenchReadings.directBuffers() / 1048576.0);
                commands.println("expect " + events);
                BenchReadings.publishOneAtATime(server.services(), events, () -> "bench " + LoadClients.nowMicros());
                System.out.printf("  delivery to %d streams: %s%n", open, replies.readLine());
            }
            commands.println("quit");
        } finally {
            clients.waitFor(10, TimeUnit.SECONDS);
            clients.destroy();
            server.close();
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
