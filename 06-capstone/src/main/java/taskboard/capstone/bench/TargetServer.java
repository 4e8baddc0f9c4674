package taskboard.capstone.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import taskboard.app.Json;

/**
 * The server being measured. By default the benchmark starts the capstone as a separate JVM (its
 * own heap, RSS and threads, untouched by the load generator's clients), on a free loopback port
 * with a fresh database; {@code --url} measures a server that is already running instead.
 */
final class TargetServer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String adminToken;
    private final Process process;
    private final Path folder;

    private TargetServer(String baseUrl, String adminToken, Process process, Path folder) {
        this.baseUrl = baseUrl;
        this.adminToken = adminToken;
        this.process = process;
        this.folder = folder;
    }

    static TargetServer attach(String url, String adminToken) {
        return new TargetServer(url.replaceAll("/$", ""), adminToken, null, null);
    }

    /** Starts {@code taskboard.capstone.Stage06} from this JVM's class path in a child JVM. */
    static TargetServer spawn(List<String> jvmOptions, Path logFile) throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path folder = Files.createTempDirectory("taskboard-bench");
        String adminToken = UUID.randomUUID().toString();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("taskboard.capstone.Stage06");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("DB_PATH", folder.resolve("bench.db").toString());
        builder.environment().put("ADMIN_TOKEN", adminToken);
        Process process = builder.start();
        TargetServer server = new TargetServer("http://127.0.0.1:" + port, adminToken, process, folder);
        server.awaitHealthy(Duration.ofSeconds(60));
        return server;
    }

    String baseUrl() {
        return baseUrl;
    }

    String wsUrl(String path) {
        return baseUrl.replaceFirst("^http", "ws") + path;
    }

    /** Heap (after GC), RSS and threads of the server, from its admin endpoint. */
    JsonNode runtime() throws IOException, InterruptedException {
        return runtime(true);
    }

    /** The same, without collecting garbage first: for CPU time, where a forced GC would only add to it. */
    JsonNode runtime(boolean gc) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/admin/runtime?gc=" + gc))
                .header("Authorization", "Bearer " + adminToken).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET /admin/runtime answered " + response.statusCode() + " " + response.body()
                    + " (pass the server's ADMIN_TOKEN with --admin-token)");
        }
        return Json.MAPPER.readTree(response.body());
    }

    private void awaitHealthy(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("The server exited with " + process.exitValue() + " before answering /health");
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/health"))
                        .timeout(Duration.ofSeconds(2)).build();
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100); // polling a child process that has no other way to say it is ready
        }
        throw new IOException("The server did not answer /health within " + limit.toSeconds() + " s");
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        if (folder != null) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException leftover) {
                // a temp folder left behind is harmless
            }
        }
    }
}
