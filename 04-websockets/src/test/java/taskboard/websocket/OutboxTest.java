package taskboard.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class OutboxTest {

    /** A wire whose sends complete only when the test says so, like a peer that reads slowly. */
    private static final class ManualWire implements Outbox.Wire {
        final List<String> written = new ArrayList<>();
        final List<Integer> batches = new ArrayList<>();
        final List<Runnable> pending = new ArrayList<>();
        int overflows;
        boolean completeAtOnce;

        @Override
        public void send(List<String> texts, Runnable sent, Consumer<Throwable> failed) {
            written.addAll(texts);
            batches.add(texts.size());
            if (completeAtOnce) {
                sent.run();
            } else {
                pending.add(sent);
            }
        }

        @Override
        public void overflow() {
            overflows++;
        }

        void completeOne() {
            pending.remove(0).run();
        }
    }

    @Test
    void sends_one_write_at_a_time_in_order_and_batches_what_queued_meanwhile() {
        ManualWire wire = new ManualWire();
        Outbox outbox = new Outbox(wire, 10);
        outbox.offer("a");
        outbox.offer("b");
        outbox.offer("c");
        assertEquals(List.of("a"), wire.written, "only one in flight");
        assertEquals(2, outbox.queued());
        wire.completeOne();
        assertEquals(List.of("a", "b", "c"), wire.written);
        assertEquals(List.of(1, 2), wire.batches, "b and c waited together, so they go as one write");
        wire.completeOne();
        assertEquals(0, outbox.queued());
    }

    @Test
    void a_full_outbox_overflows_once_and_then_refuses_everything() {
        ManualWire wire = new ManualWire();
        Outbox outbox = new Outbox(wire, 3);
        for (int i = 0; i < 4; i++) {
            assertTrue(outbox.offer("m" + i), "message " + i + " fits");
        }
        assertEquals(0, wire.overflows);
        assertFalse(outbox.offer("one too many"));
        assertFalse(outbox.offer("after"));
        assertEquals(1, wire.overflows);
        assertTrue(outbox.isClosed());
        assertEquals(0, outbox.queued(), "the backlog is dropped, not kept in memory");
    }

    @Test
    void sends_that_complete_at_once_drain_a_long_queue_without_deep_recursion() {
        ManualWire wire = new ManualWire();
        Outbox outbox = new Outbox(wire, 100_000);
        outbox.offer("first"); // stays in flight
        for (int i = 0; i < 50_000; i++) {
            outbox.offer("m" + i);
        }
        wire.completeAtOnce = true;
        wire.completeOne(); // everything else now drains in one loop
        assertEquals(50_001, wire.written.size());
        assertTrue(wire.batches.stream().allMatch(size -> size <= Outbox.MAX_BATCH), "batches stay bounded");
        assertEquals(0, outbox.queued());
    }
}
