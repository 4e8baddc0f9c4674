package taskboard.sse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void a_replay_is_queued_whole_since_the_replay_window_bounds_it() {
        Outbox outbox = new Outbox(1);
        outbox.offerReplay(new byte[] {1});
        outbox.offerReplay(new byte[] {2});
        assertEquals(2, outbox.size());
        assertFalse(outbox.offer(new byte[] {3}), "live frames still respect the limit");
    }
}
