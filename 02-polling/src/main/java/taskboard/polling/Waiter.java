package taskboard.polling;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/**
 * One waiting long poll: the board it waits on, the last event id its client has seen, and the
 * future Javalin resumes the request with. It is settled exactly once, by whichever comes first:
 * a change, its timeout, the server stopping, or its client going away.
 */
final class Waiter {
    final String boardId;
    final long cursor;
    final CompletableFuture<PollAnswer> answer = new CompletableFuture<>();

    private boolean settled; // guarded by this
    private volatile ScheduledFuture<?> timeout;
    private volatile WatchedPoll watch;

    Waiter(String boardId, long cursor) {
        this.boardId = boardId;
        this.cursor = cursor;
    }

    /** True for the one caller that gets to settle this waiter. */
    synchronized boolean settle() {
        if (settled) {
            return false;
        }
        settled = true;
        return true;
    }

    synchronized boolean isSettled() {
        return settled;
    }

    /**
     * Asked by the disconnect watch when the client's socket is readable. While the poll waits, the
     * connection is idle, so a read of -1 means the client closed it. Once settled, the connection
     * belongs to Jetty again (the next request may already be arriving) and nothing is read.
     */
    synchronized boolean settleIfClientGone(SocketChannel channel) throws IOException {
        if (settled) {
            return false;
        }
        int read = channel.read(ByteBuffer.allocate(1));
        if (read == 0) {
            return false; // a spurious wake-up
        }
        // -1: the client closed the connection. A byte would be a pipelined request, which we could
        // not hand back to Jetty: the connection is closed then too and that client retries.
        settled = true;
        return true;
    }

    void timeout(ScheduledFuture<?> scheduled) {
        this.timeout = scheduled;
    }

    void watch(WatchedPoll registered) {
        this.watch = registered;
        if (isSettled()) {
            registered.cancel(); // answered while the watch was being set up
        }
    }

    /** Stops the timer and the disconnect watch: nothing may fire for a settled waiter. */
    void release() {
        ScheduledFuture<?> t = timeout;
        if (t != null) {
            t.cancel(false);
        }
        WatchedPoll w = watch;
        if (w != null) {
            w.cancel();
        }
    }
}
