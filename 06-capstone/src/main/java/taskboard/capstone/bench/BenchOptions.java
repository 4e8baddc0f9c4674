package taskboard.capstone.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's command line. {@code --transport} lists runs separated by commas; a run of
 * several transports joined by {@code +} opens N subscribers of each at once (e.g. {@code sse+websocket}).
 */
record BenchOptions(List<List<Transport>> runs, int subscribers, int events, int warmUp, double rate, Duration pollInterval,
                    int capacity, Duration hold, String url, String adminToken, String email, String password,
                    Path out, List<String> serverJvm) {

    static final String USAGE = """
            usage: Bench [--transport short-poll,long-poll,sse,websocket|sse+websocket] [--subscribers N]
                         [--events K] [--warm-up W] [--rate R] [--poll-interval-ms MS]
                         [--capacity M --hold-seconds S]      (idle connections only, no events)
                         [--url http://host:port --admin-token T] (default: start the capstone in a child JVM)
                         [--email alice@example.com --password alice-password] [--out target/bench]
                         [--server-jvm "-Xmx2g"]""";

    static BenchOptions parse(String... args) {
        List<List<Transport>> runs = parseRuns("short-poll,long-poll,sse,websocket");
        int subscribers = 100;
        int events = 50;
        int warmUp = 20;
        double rate = 5;
        Duration pollInterval = Duration.ofSeconds(1);
        int capacity = 0;
        Duration hold = Duration.ofSeconds(5);
        String url = null;
        String adminToken = null;
        String email = "alice@example.com";
        String password = "alice-password";
        Path out = Path.of("target", "bench");
        List<String> serverJvm = List.of("-Xmx2g");
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--transport" -> runs = parseRuns(value);
                case "--subscribers" -> subscribers = Integer.parseInt(value);
                case "--events" -> events = Integer.parseInt(value);
                case "--warm-up" -> warmUp = Integer.parseInt(value);
                case "--rate" -> rate = Double.parseDouble(value);
                case "--poll-interval-ms" -> pollInterval = Duration.ofMillis(Long.parseLong(value));
                case "--capacity" -> capacity = Integer.parseInt(value);
                case "--hold-seconds" -> hold = Duration.ofSeconds(Long.parseLong(value));
                case "--url" -> url = value;
                case "--admin-token" -> adminToken = value;
                case "--email" -> email = value;
                case "--password" -> password = value;
                case "--out" -> out = Path.of(value);
                case "--server-jvm" -> serverJvm = List.of(value.trim().split("\\s+"));
                default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + USAGE);
            }
        }
        if (subscribers < 1 || events < 1 || rate <= 0) {
            throw new IllegalArgumentException("--subscribers, --events and --rate must be positive\n" + USAGE);
        }
        return new BenchOptions(runs, subscribers, events, warmUp, rate, pollInterval, capacity, hold, url, adminToken,
                email, password, out, serverJvm);
    }

    private static List<List<Transport>> parseRuns(String text) {
        List<List<Transport>> runs = new ArrayList<>();
        for (String run : text.split(",")) {
            List<Transport> together = new ArrayList<>();
            for (String transport : run.split("\\+")) {
                together.add(Transport.parse(transport));
            }
            runs.add(List.copyOf(together));
        }
        return List.copyOf(runs);
    }
}
