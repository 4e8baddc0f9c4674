package taskboard.sse;

import java.util.ArrayDeque;

/**
 * The frames waiting to be written to one stream. Bounded: a client that stops reading fills its
 * outbox instead of the server's memory, and {@link #offer} tells the caller when it is full so the
 * connection can be dropped (the client resumes later from its Last-Event-ID).
 *
 * <p>Frames are shared byte arrays (one per event for all clients of a board), so a full outbox
 * costs references, not copies.
 */
final class Outbox {
    private final int limit;
    private final ArrayDeque<byte[]> frames = new ArrayDeque<>();

    Outbox(int limit) {
        this.limit = limit;
    }

    /** Queues a live frame; false (and nothing queued) when the outbox is full. */
    synchronized boolean offer(byte[] frame) {
        if (frames.size() >= limit) {
            return false;
        }
        frames.add(frame);
        return true;
    }

    /** Queues a replayed frame: the replay is already bounded by the replay window. */
    synchronized void offerReplay(byte[] frame) {
        frames.add(frame);
    }

    /** The next frame to write, or null when there is none. */
    synchronized byte[] poll() {
        return frames.poll();
    }

    synchronized boolean isEmpty() {
        return frames.isEmpty();
    }

    synchronized int size() {
        return frames.size();
    }
}
