package taskboard.sse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bounded outbox: a full one refuses live frames instead of growing. */
class OutboxTest {

    @Test
    void refuses_a_live_frame_once_full_and_keeps_what_it_had() {
        Outbox outbox = new Outbox(2);
        assertTrue(outbox.offer(new byte[] {1}));
        assertTrue(outbox.offer(new byte[] {2}));
        assertFalse(outbox.offer(new byte[] {3}), "the third frame does not fit");
        assertEquals(2, outbox.size());
        assertArrayEquals(new byte[] {1}, outbox.poll());
        assertArrayEquals(new byte[] {2}, outbox.poll());
        assertNull(outbox.poll());
    }

    @Test
    void a_replay_is_queued_whole_and_live_frames_behind_it_have_the_whole_limit() {
        Outbox outbox = new Outbox(1);
        outbox.offerReplay(new byte[] {1});
        outbox.offerReplay(new byte[] {2});
        outbox.offerReplay(new byte[] {3});
        assertTrue(outbox.offer(new byte[] {4}), "the replay does not use up the live frames' room");
        assertFalse(outbox.offer(new byte[] {5}), "live frames still respect the limit");
        assertEquals(4, outbox.size());
        outbox.poll();
        outbox.poll();
        outbox.poll();
        assertArrayEquals(new byte[] {4}, outbox.poll());
        assertTrue(outbox.offer(new byte[] {6}));
    }

    @Test
    void replay_frames_cannot_follow_live_frames() {
        Outbox outbox = new Outbox(2);
        outbox.offer(new byte[] {1});
        assertThrows(IllegalStateException.class, () -> outbox.offerReplay(new byte[] {2}));
    }
}
