package taskboard.websocket;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * L13: one socket's bounded queue of outgoing messages, in front of the async send. At most one
 * write is in flight; what queued up meanwhile goes as the next write, as one batch (up to
 * {@link #MAX_BATCH} messages in one system call instead of one call each: a socket that is behind
 * catches up for less). A peer that stops reading lets the queue grow to {@code limit}: then it is
 * {@linkplain Wire#overflow() dropped} instead of growing memory without bound or slowing anyone
 * else (Javalin's own send queues without limit).
 */
public final class Outbox {

    /** Messages written together at most, so one batch stays a few socket buffers long. */
    public static final int MAX_BATCH = 64;

    /** Where the outbox writes: one socket's asynchronous send. */
    public interface Wire {
        /**
         * Starts writing {@code texts} (one or more messages, in order) in as few writes as it can;
         * calls exactly one of {@code sent} or {@code failed} when done.
         */
        void send(List<String> texts, Runnable sent, Consumer<Throwable> failed);

        /** The queue is full: give up on this peer. */
        void overflow();
    }

    private final Wire wire;
    private final int limit;
    private final Deque<String> queue = new ArrayDeque<>();
    private final Runnable scheduledDrain = this::scheduledDrain;
    private boolean inFlight;
    private boolean draining;
    private boolean drainScheduled;
    private boolean closed;

    public Outbox(Wire wire, int limit) {
        this.wire = wire;
        this.limit = limit;
    }

    /** Queues a message; false if the outbox is closed or has just overflowed. Never blocks. */
    public boolean offer(String text) {
        boolean overflowed = false;
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (queue.size() >= limit) {
                closed = true;
                overflowed = true;
                queue.clear();
            } else {
                queue.add(text);
            }
        }
        if (overflowed) {
            wire.overflow();
            return false;
        }
        drain();
        return true;
    }

    /**
     * Queues a message and has {@code writers} write it, with whatever else queues until then: the
     * caller (a broadcast to thousands of sockets) never waits for a socket, and a socket that is
     * behind gets several messages in one write. Order is the order of all offers, as with {@link #offer}.
     */
    public boolean offerVia(String text, Executor writers) {
        boolean overflowed = false;
        boolean schedule = false;
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (queue.size() >= limit) {
                closed = true;
                overflowed = true;
                queue.clear();
            } else {
                queue.add(text);
                schedule = !draining && !inFlight && !drainScheduled; // else whoever is busy sends it
                drainScheduled |= schedule;
            }
        }
        if (overflowed) {
            wire.overflow();
            return false;
        }
        if (schedule) {
            try {
                writers.execute(scheduledDrain);
            } catch (RejectedExecutionException shuttingDown) {
                scheduledDrain();
            }
        }
        return true;
    }

    private void scheduledDrain() {
        synchronized (this) {
            drainScheduled = false;
        }
        drain();
    }

    /** Stops sending; queued messages are dropped. */
    public synchronized void close() {
        closed = true;
        queue.clear();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /** Messages waiting behind the one in flight. */
    public synchronized int queued() {
        return queue.size();
    }

    // One thread drains at a time. A send that completes at once (inside wire.send) only clears
    // inFlight; the loop then sends the next batch, so the stack never grows with the queue.
    private void drain() {
        synchronized (this) {
            if (draining) {
                return;
            }
            draining = true;
        }
        while (true) {
            List<String> next;
            synchronized (this) {
                if (inFlight || closed || queue.isEmpty()) {
                    draining = false;
                    return;
                }
                next = takeBatch();
                inFlight = true;
            }
            wire.send(next, this::sent, this::failed);
        }
    }

    // Usually one message: the queue only grows while a write waits for the socket.
    private List<String> takeBatch() {
        if (queue.size() == 1) {
            return List.of(queue.poll());
        }
        List<String> batch = new ArrayList<>(Math.min(queue.size(), MAX_BATCH));
        while (batch.size() < MAX_BATCH && !queue.isEmpty()) {
            batch.add(queue.poll());
        }
        return batch;
    }

    private void sent() {
        synchronized (this) {
            inFlight = false;
        }
        drain();
    }

    private void failed(Throwable cause) {
        close(); // the socket is broken; its close handler cleans up
    }
}
