package taskboard.exercises.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real SSE client for the self-checks: the JDK's HttpClient reading the raw stream line by line
 * and cutting it into frames at blank lines, exactly as a browser's EventSource does.
 */
public final class SseProbe implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** One frame: its id: and event: (null when absent), its data: lines joined by \n; or one comment line. */
    public record Frame(String id, String event, String data, List<String> comments) {
    }

    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final HttpResponse<InputStream> response;
    private final Thread reader;

    private SseProbe(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-probe");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens {@code url}; {@code headers} are name, value pairs (e.g. "Last-Event-ID", "3"). */
    public static SseProbe open(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return new SseProbe(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The next frame, failing with {@code what} if none comes within five seconds. */
    public Frame next(String what) {
        try {
            long deadline = System.nanoTime() + Eventually.PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                Frame frame = frames.poll(20, TimeUnit.MILLISECONDS);
                if (frame != null) {
                    return frame;
                }
                if (NotDoneYet.any()) {
                    break;
                }
            }
            return fail("Expected " + what + " on the stream, but no frame came");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next frame that carries data (skips comment-only frames such as heartbeats). */
    public Frame nextData(String what) {
        while (true) {
            Frame frame = next(what);
            if (frame.data() != null) {
                return frame;
            }
        }
    }

    /** Every data frame that arrives within {@code quiet}. */
    public List<Frame> dataWithin(Duration quiet) {
        List<Frame> seen = new ArrayList<>();
        long deadline = System.nanoTime() + quiet.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Frame frame = frames.poll(10, TimeUnit.MILLISECONDS);
                if (frame != null && frame.data() != null) {
                    seen.add(frame);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return seen;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String event = null;
            StringBuilder data = null;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null || id != null || event != null) {
                        frames.add(new Frame(id, event, data == null ? null : data.toString(), List.of()));
                    }
                    id = null;
                    event = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    // A comment is its own frame here: Javalin writes no blank line after one.
                    frames.add(new Frame(null, null, null, List.of(line.substring(1).trim())));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> event = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> { }
                    }
                }
            }
        } catch (IOException e) {
            // the stream was closed: by close(), or by the server
        }
    }

    /** Hangs up, as a closed browser tab does. */
    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            // already closed
        }
        reader.interrupt();
    }
}
