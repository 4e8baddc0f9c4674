package taskboard.polling;

import java.io.IOException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
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
    private final Queue<WatchedPoll> toRegister = new ConcurrentLinkedQueue<>();
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
    Optional<WatchedPoll> watch(Context ctx, Waiter waiter, Consumer<Waiter> onGone) {
        Connection connection = ServletContextRequest.getServletContextRequest(ctx.req())
                .getConnectionMetaData().getConnection();
        if (!(connection.getEndPoint() instanceof SocketChannelEndPoint endPoint)) {
            return Optional.empty();
        }
        WatchedPoll watch = new WatchedPoll(endPoint.getChannel(), connection, waiter, onGone, selector, executor);
        toRegister.add(watch);
        selector.wakeup(); // registration happens on the selector's own thread
        return Optional.of(watch);
    }

    private void run() {
        try {
            while (!closed) {
                selector.select(1000);
                List<WatchedPoll> retry = new ArrayList<>();
                WatchedPoll next;
                while ((next = toRegister.poll()) != null) {
                    if (!next.register()) {
                        retry.add(next);
                    }
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    try {
                        ((WatchedPoll) key.attachment()).readable();
                    } catch (RuntimeException e) {
                        log.warn("Checking a waiting poll's connection failed", e); // the timeout still ends it
                    }
                }
                selector.selectedKeys().clear();
                if (!retry.isEmpty()) {
                    toRegister.addAll(retry);
                    selector.wakeup(); // the next select forgets the cancelled key that was in the way
                }
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
}
