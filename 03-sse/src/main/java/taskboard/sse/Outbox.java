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
    private int replayed; // replay frames still queued (all at the head): they do not count against the limit

    Outbox(int limit) {
        this.limit = limit;
    }

    /** Queues a live frame; false (and nothing queued) when the live frames fill the outbox. */
    synchronized boolean offer(byte[] frame) {
        if (frames.size() - replayed >= limit) {
            return false;
        }
        frames.add(frame);
        return true;
    }

    /**
     * Queues a frame of the stream's start (its preamble and replay), before any live frame. The
     * replay window bounds these, so a long replay does not make the live frames behind it overflow.
     */
    synchronized void offerReplay(byte[] frame) {
        if (frames.size() > replayed) {
            throw new IllegalStateException("Replay frames go before every live frame");
        }
        frames.add(frame);
        replayed++;
    }

    /** The next frame to write, or null when there is none. */
    synchronized byte[] poll() {
        byte[] frame = frames.poll();
        if (frame != null && replayed > 0) {
            replayed--;
        }
        return frame;
    }

    synchronized boolean isEmpty() {
        return frames.isEmpty();
    }

    synchronized int size() {
        return frames.size();
    }
}
