package taskboard.websocket;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * L13: one socket's bounded queue of outgoing messages, in front of the async send. At most one
 * message is in flight; the next goes when the previous one is written. A peer that stops reading
 * lets the queue grow to {@code limit}: then it is {@linkplain Wire#overflow() dropped} instead of
 * growing memory without bound or slowing anyone else (Javalin's own send queues without limit).
 */
public final class Outbox {

    /** Where the outbox writes: one socket's asynchronous send. */
    public interface Wire {
        /** Starts writing {@code text}; calls exactly one of {@code sent} or {@code failed} when done. */
        void send(String text, Runnable sent, Consumer<Throwable> failed);

        /** The queue is full: give up on this peer. */
        void overflow();
    }

    private final Wire wire;
    private final int limit;
    private final Deque<String> queue = new ArrayDeque<>();
    private boolean inFlight;
    private boolean draining;
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
    // inFlight; the loop then sends the next one, so the stack never grows with the queue.
    private void drain() {
        synchronized (this) {
            if (draining) {
                return;
            }
            draining = true;
        }
        while (true) {
            String next;
            synchronized (this) {
                if (inFlight || closed || queue.isEmpty()) {
                    draining = false;
                    return;
                }
                next = queue.poll();
                inFlight = true;
            }
            wire.send(next, this::sent, this::failed);
        }
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
