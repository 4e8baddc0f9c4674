package taskboard.websocket.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import taskboard.app.Settings;
import taskboard.app.TaskBoardServer;
import taskboard.testing.BenchReadings;
import taskboard.websocket.Connections;
import taskboard.websocket.Stage04;
import taskboard.websocket.auth.Auth;

/**
 * How many open sockets one 04-websockets instance holds, what each costs, and how fast a board
 * event reaches a room (L11, L16's "a connection costs a few KB"). Bounded and on loopback only:
 * the server runs here, the clients in a child process ({@link SocketLoadClients}). For each step
 * it prints the heap per socket (after a full GC), threads, file descriptors, and the delivery
 * latency percentiles from just before the change is submitted to the moment a client has read it.
 *
 * <p>Arguments: the socket counts to step through (default 500,2000) and the events per step (default 20).
 */
public final class WebSocketBenchmark {
    private WebSocketBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] steps = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {500, 2000};
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path folder = Files.createTempDirectory("websocket-bench");
        TaskBoardServer server = Stage04.STAGE.start(Settings.of(0, folder.resolve("bench.db")));
        String token = Auth.of(server.services()).sessions()
                .create(server.services().users().find("user-alice").orElseThrow()).token();
        Process clients = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), SocketLoadClients.class.getName(),
                String.valueOf(server.port()), token)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (PrintWriter commands = new PrintWriter(clients.getOutputStream(), true, StandardCharsets.UTF_8);
             BufferedReader replies = new BufferedReader(new InputStreamReader(clients.getInputStream(), StandardCharsets.UTF_8))) {
            long baseline = BenchReadings.heapAfterGc();
            System.out.printf("%s, %d cores, max heap %d MB; heap with no socket %.1f MB, %d threads%n",
                    Runtime.version(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, baseline / 1048576.0, BenchReadings.threads());
            int previous = 0;
            for (int sockets : steps) {
                commands.println("open " + (sockets - previous));
                previous = sockets;
                String ready = replies.readLine();
                int open = server.services().find(Connections.class).orElseThrow().count();
                long heap = BenchReadings.heapAfterGc();
                System.out.printf("%s sockets joined (server counts %d): heap %.1f MB, %.1f KiB per socket;"
                                + " %d threads; %d file descriptors%n",
                        ready.substring("READY ".length()), open, heap / 1048576.0, (heap - baseline) / 1024.0 / open,
                        BenchReadings.threads(), BenchReadings.fileDescriptors());
                commands.println("expect " + events);
                BenchReadings.publishOneAtATime(server.services(), events, () -> "bench " + SocketLoadClients.nowMicros());
                System.out.printf("  delivery to %d sockets: %s%n", open, replies.readLine());
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
