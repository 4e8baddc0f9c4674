package taskboard.websocket;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jetty.websocket.api.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * L13: dead sockets (a closed laptop, lost Wi-Fi) look open for minutes because nothing tells
 * the server. Every interval it pings each socket; one that has not answered the previous ping is
 * terminated, so a dead socket is gone within two intervals and its rooms are told.
 * Browsers answer pings by themselves: clients need no code for this.
 */
public final class Heartbeat {
    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    private final Connections connections;
    private final Consumer<Connection> onDead;

    public Heartbeat(Connections connections, Consumer<Connection> onDead) {
        this.connections = connections;
        this.onDead = onDead;
    }

    public void start(ScheduledExecutorService timers, Duration interval) {
        long millis = interval.toMillis();
        timers.scheduleAtFixedRate(this::beat, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One round: terminate the silent, ping the rest. */
    void beat() {
        for (Connection connection : connections.all()) {
            try {
                if (!connection.answeredLastPing()) {
                    log.info("{} did not answer the last ping: terminating it", connection);
                    connection.terminate();
                    onDead.accept(connection);
                } else {
                    connection.pinged();
                    connection.session().sendPing(ByteBuffer.allocate(0), Callback.NOOP);
                }
            } catch (RuntimeException e) {
                log.warn("Heartbeat of {} failed", connection, e);
            }
        }
    }
}
