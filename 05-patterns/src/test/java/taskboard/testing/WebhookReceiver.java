package taskboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP receiver for webhook tests (the JDK's HttpServer on loopback): it records every POST
 * and answers with the status {@code status} gives, or hangs when told to.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One POST as it arrived. */
    public record Received(Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile IntSupplier status = () -> 200;
    private volatile boolean hang;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** On a free port. */
    public static WebhookReceiver start() {
        return start(0);
    }

    /** On a given port (to bring a receiver up where a webhook already points). */
    public static WebhookReceiver start(int port) {
        try {
            return new WebhookReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebhookReceiver answering(IntSupplier status) {
        this.status = status;
        return this;
    }

    /** Never answers (until closed): a receiver that accepts the connection and then stalls. */
    public WebhookReceiver hanging() {
        this.hang = true;
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
        if (hang) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.sendResponseHeaders(status.getAsInt(), -1);
        exchange.close();
    }

    public List<Received> received() {
        return received;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
