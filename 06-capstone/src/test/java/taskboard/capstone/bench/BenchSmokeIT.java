package taskboard.capstone.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import taskboard.capstone.Stage06;
import taskboard.testing.TestServer;

/**
 * A few seconds of the benchmark, so it cannot rot: every transport, a handful of subscribers and
 * events against the real capstone (signed in, behind its gates). Figures are printed, never
 * asserted; what must hold is correctness: every event reached every subscriber exactly once.
 */
@Timeout(120)
class BenchSmokeIT {

    @Test
    void every_transport_delivers_every_event_once_and_the_report_is_written(@TempDir Path out) throws Exception {
        try (TestServer server = TestServer.start(Stage06.STAGE, s -> s.withEnv("ADMIN_TOKEN", "smoke-token"))) {
            BenchOptions options = BenchOptions.parse("--url", server.baseUrl(), "--admin-token", "smoke-token",
                    "--transport", "short-poll,long-poll,sse,websocket,sse+websocket", "--subscribers", "5",
                    "--events", "10", "--warm-up", "3", "--rate", "20", "--poll-interval-ms", "200",
                    "--out", out.toString());

            List<RunResult> results = Bench.run(options);

            assertEquals(5, results.size());
            for (RunResult result : results) {
                assertTrue(result.expected() > 0, result.toString());
                assertEquals(result.expected(), result.delivered(), "every event reached every subscriber: " + result);
                assertEquals(0, result.lost(), result.toString());
                assertEquals(0, result.duplicates(), result.toString());
                assertEquals(0, result.publishFailures(), result.toString());
            }
            assertEquals(100, results.get(4).expected(), "sse+websocket opens 5 of each");
            assertTrue(Files.readString(out.resolve("bench-results.csv")).lines().count() == 6);
            assertTrue(Files.readString(out.resolve("bench-chart.svg")).contains("<svg"));
            assertTrue(Files.readString(out.resolve("bench-results.json")).contains("\"p99Ms\""));
        }
    }

    @Test
    void capacity_mode_holds_idle_connections_and_reports_their_cost(@TempDir Path out) throws Exception {
        try (TestServer server = TestServer.start(Stage06.STAGE, s -> s.withEnv("ADMIN_TOKEN", "smoke-token"))) {
            List<RunResult> results = Bench.run(BenchOptions.parse("--url", server.baseUrl(),
                    "--admin-token", "smoke-token", "--transport", "sse,websocket", "--capacity", "20",
                    "--hold-seconds", "1", "--out", out.toString()));

            assertEquals(List.of("sse", "websocket"), results.stream().map(RunResult::transports).toList());
            for (RunResult result : results) {
                assertEquals(20, result.connections(), result.toString());
                assertEquals(0, result.delivered(), "capacity mode publishes nothing");
                assertTrue(result.serverThreadsIdle() > 0, result.toString());
            }
        }
    }

    @Test
    void bad_options_are_refused_with_the_usage() {
        var unknown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse("--transport", "carrier-pigeon"));
        assertTrue(unknown.getMessage().contains("short-poll"), unknown.getMessage());
        var missing = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse("--subscribers"));
        assertTrue(missing.getMessage().contains("usage"), missing.getMessage());
        assertEquals(1, BenchOptions.parse("--transport", "ws").runs().size(), "ws is short for websocket");
    }
}
