package taskboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import taskboard.app.Json;
import tools.jackson.databind.JsonNode;

/**
 * An SSE client for tests, over the JDK's HttpClient: it reads the stream line by line on a
 * thread of its own and parses frames as a browser does (L5), keeping the raw lines, the comments
 * and the retry value too, so tests can check the framing itself.
 */
public final class SseStream implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One dispatched event: its id ({@code null} if the frame had none), name (null means "message") and data. */
    public record Event(String id, String event, String data) {
        public JsonNode json() {
            return Json.MAPPER.readTree(data);
        }

        public String type() {
            return json().path("type").asString();
        }
    }

    private final int status;
    private final HttpHeaders headers;
    private final String errorBody;
    private final Stream<String> lines;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<String> rawLines = new CopyOnWriteArrayList<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private volatile String retry;
    private volatile String lastEventId;
    private volatile boolean ended;

    private SseStream(HttpResponse<Stream<String>> response) {
        this.status = response.statusCode();
        this.headers = response.headers();
        if (status != 200) {
            this.errorBody = String.join("\n", response.body().toList());
            this.lines = Stream.empty();
            this.ended = true;
            return;
        }
        this.errorBody = null;
        this.lines = response.body();
        Thread reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens {@code url}; {@code headers} are name, value pairs (e.g. "Last-Event-ID", "7"). */
    public static SseStream open(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return new SseStream(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        String id = null;
        String event = null;
        List<String> data = new ArrayList<>();
        try {
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                rawLines.add(line);
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id, event, String.join("\n", data)));
                    }
                    id = null;
                    event = null;
                    data.clear();
                    continue;
                }
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                switch (field) {
                    case "" -> comments.add(value);
                    case "id" -> {
                        id = value;
                        lastEventId = value;
                    }
                    case "event" -> event = value;
                    case "data" -> data.add(value);
                    case "retry" -> retry = value;
                    default -> { } // unknown fields are ignored, as the spec says
                }
            }
        } catch (RuntimeException e) {
            // the stream was closed, by us or by the server
        } finally {
            ended = true;
        }
    }

    public int status() {
        return status;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The body of a refused request (status other than 200). */
    public String errorBody() {
        return errorBody;
    }

    /** The next event, or an AssertionError after {@code timeout}. */
    public Event next(Duration timeout) {
        try {
            Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                throw new AssertionError("No event within " + timeout + "; lines so far: " + rawLines);
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Event next() {
        return next(Duration.ofSeconds(5));
    }

    /** The next event of this type, skipping others. */
    public Event next(String type) {
        return nextMatching(e -> type.equals(e.type()), Duration.ofSeconds(5));
    }

    public Event nextMatching(Predicate<Event> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    /** The next event if one comes within {@code timeout}, else null: for "nothing arrives" checks. */
    public Event poll(Duration timeout) {
        try {
            return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public List<String> rawLines() {
        return List.copyOf(rawLines);
    }

    public List<String> comments() {
        return List.copyOf(comments);
    }

    public String retry() {
        return retry;
    }

    public String lastEventId() {
        return lastEventId;
    }

    /** True once the server ended the stream (or it was closed). */
    public boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        lines.close();
    }
}
