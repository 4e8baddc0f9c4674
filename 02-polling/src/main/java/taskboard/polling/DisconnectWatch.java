package taskboard.polling;

import java.io.IOException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices clients that close their connection while their long poll waits (L4 exercise 3).
 *
 * <p>Why this exists: while a request is suspended, Jetty 12 reads nothing from its connection (it
 * resumes reading after the response), so it does not see the client's FIN and reports nothing to
 * the request: no AsyncListener.onError, no failure listener, no close listener, until it writes.
 * An aborted poll would then sit in the registry until its timeout. So one selector thread of our
 * own watches the sockets of waiting polls for read readiness; end-of-stream means the client left,
 * and we close the connection, which makes Jetty complete the request (onError, onComplete).
 * Endpoints that are not plain sockets (TLS, HTTP/2) are not watched: their polls end at the timeout.
 */
final class DisconnectWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DisconnectWatch.class);

    private final Selector selector;
    private final Executor executor;
    private final Queue<Watch> toRegister = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    DisconnectWatch(Executor executor) {
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open a selector", e);
        }
        this.executor = executor;
        this.thread = new Thread(this::run, "long-poll-disconnects");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches the socket of {@code ctx}'s connection until cancelled; {@code onGone} runs if the client leaves. */
    Optional<Watch> watch(Context ctx, Waiter waiter, Consumer<Waiter> onGone) {
        Connection connection = ServletContextRequest.getServletContextRequest(ctx.req())
                .getConnectionMetaData().getConnection();
        if (!(connection.getEndPoint() instanceof SocketChannelEndPoint endPoint)) {
            return Optional.empty();
        }
        Watch watch = new Watch(endPoint.getChannel(), connection, waiter, onGone);
        toRegister.add(watch);
        selector.wakeup(); // registration happens on the selector's own thread
        return Optional.of(watch);
    }

    private void run() {
        try {
            while (!closed) {
                selector.select(1000);
                Watch next;
                while ((next = toRegister.poll()) != null) {
                    next.register();
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    ((Watch) key.attachment()).readable();
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | ClosedSelectorException e) {
            if (!closed) {
                log.error("The long-poll disconnect watch stopped", e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            selector.close();
        } catch (IOException e) {
            log.warn("Closing the selector failed", e);
        }
    }

    /** One watched socket. */
    final class Watch {
        private final SocketChannel channel;
        private final Connection connection;
        private final Waiter waiter;
        private final Consumer<Waiter> onGone;
        private SelectionKey key; // guarded by this
        private boolean cancelled; // guarded by this

        private Watch(SocketChannel channel, Connection connection, Waiter waiter, Consumer<Waiter> onGone) {
            this.channel = channel;
            this.connection = connection;
            this.waiter = waiter;
            this.onGone = onGone;
        }

        private synchronized void register() {
            if (cancelled || !channel.isOpen()) {
                return;
            }
            try {
                key = channel.register(selector, SelectionKey.OP_READ, this);
            } catch (IOException e) {
                log.debug("Cannot watch {}", channel, e); // closed meanwhile: Jetty reports that itself
            }
        }

        private void readable() {
            boolean gone;
            try {
                gone = waiter.settleIfClientGone(channel);
            } catch (IOException e) {
                gone = waiter.settle(); // a reset connection is a client gone too
            }
            if (!gone && waiter.isSettled()) {
                cancel(); // answered meanwhile: the socket is Jetty's again
            } else if (gone) {
                cancel();
                executor.execute(() -> {
                    onGone.accept(waiter);
                    connection.close(); // Jetty fails and completes the suspended request
                });
            }
        }

        /** Stops watching; the selector forgets the key at its next wake-up. */
        synchronized void cancel() {
            cancelled = true;
            if (key != null) {
                key.cancel();
                selector.wakeup(); // a cancelled key keeps the socket open until the selector runs
            }
        }
    }
}
