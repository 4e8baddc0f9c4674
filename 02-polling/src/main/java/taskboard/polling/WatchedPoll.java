package taskboard.polling;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The socket of one waiting poll, watched by {@link DisconnectWatch} until the poll is settled. */
final class WatchedPoll {
    private static final Logger log = LoggerFactory.getLogger(WatchedPoll.class);

    private final SocketChannel channel;
    private final Connection connection;
    private final Waiter waiter;
    private final Consumer<Waiter> onGone;
    private final Selector selector;
    private final Executor executor;
    private SelectionKey key; // guarded by this
    private boolean cancelled; // guarded by this

    WatchedPoll(SocketChannel channel, Connection connection, Waiter waiter, Consumer<Waiter> onGone,
                Selector selector, Executor executor) {
        this.channel = channel;
        this.connection = connection;
        this.waiter = waiter;
        this.onGone = onGone;
        this.selector = selector;
        this.executor = executor;
    }

    /** On the selector's thread. False when it must be tried again: the previous poll's cancelled key is still there. */
    synchronized boolean register() {
        if (cancelled || !channel.isOpen()) {
            return true;
        }
        try {
            key = channel.register(selector, SelectionKey.OP_READ, this);
        } catch (CancelledKeyException e) {
            return false;
        } catch (IOException e) {
            log.debug("Cannot watch {}", channel, e); // closed meanwhile: Jetty reports that itself
        }
        return true;
    }

    /** On the selector's thread, when the socket has something to read: end-of-stream while waiting = the client left. */
    void readable() {
        boolean gone;
        try {
            gone = waiter.settleIfClientGone(channel);
        } catch (IOException e) {
            gone = waiter.settle(); // a reset connection is a client gone too
        }
        if (!gone) {
            if (waiter.isSettled()) {
                cancel(); // answered meanwhile: the socket is Jetty's again
            }
            return;
        }
        cancel();
        try {
            executor.execute(() -> {
                onGone.accept(waiter);
                connection.close(); // Jetty fails and completes the suspended request
            });
        } catch (RejectedExecutionException e) {
            log.debug("Stopping: the server closes {} itself", connection);
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
