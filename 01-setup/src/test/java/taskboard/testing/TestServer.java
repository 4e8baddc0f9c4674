package taskboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import taskboard.app.Services;
import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.app.TaskBoardServer;

/**
 * A real checkpoint server for a test: port 0 (a free port), a fresh SQLite file in a temporary
 * folder, and an {@link Http} client pointed at it. Close it to stop the server and delete the file.
 */
public final class TestServer implements AutoCloseable {
    private final Path folder;
    private final Settings settings;
    private final Stage stage;
    private TaskBoardServer server;
    private Http http;

    private TestServer(Stage stage, Settings settings, Path folder) {
        this.stage = stage;
        this.settings = settings;
        this.folder = folder;
        this.server = stage.start(settings);
        this.http = new Http(server.baseUrl());
    }

    public static TestServer start(Stage stage) {
        return start(stage, UnaryOperator.identity());
    }

    /** Starts with changed settings, e.g. {@code s -> s.tune(LongPollPlugin.Config.class, c -> ...)}. */
    public static TestServer start(Stage stage, UnaryOperator<Settings> change) {
        Path folder = newFolder();
        return new TestServer(stage, change.apply(Settings.of(0, folder.resolve("taskboard.db"))), folder);
    }

    /** Starts a second server on the same database file as this one (another instance, or after a restart). */
    public TestServer sibling(Stage otherStage, UnaryOperator<Settings> change) {
        return new TestServer(otherStage, change.apply(settings.withPort(0)), null);
    }

    /** Stops the server and starts the same stage again on the same file, as after a restart. */
    public void restart() {
        server.close();
        server = stage.start(settings.withPort(0));
        http = new Http(server.baseUrl());
    }

    public Http http() {
        return http;
    }

    public Services services() {
        return server.services();
    }

    public TaskBoardServer server() {
        return server;
    }

    public int port() {
        return server.port();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** ws://localhost:port + path. */
    public String wsUrl(String path) {
        return "ws://localhost:" + port() + path;
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public void close() {
        server.close();
        if (folder != null) {
            deleteRecursively(folder);
        }
    }

    private static Path newFolder() {
        try {
            return Files.createTempDirectory("taskboard-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }
}
