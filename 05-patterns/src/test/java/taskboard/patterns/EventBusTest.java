package taskboard.patterns;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.patterns.BoardSequenceTest.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import taskboard.events.BoardEvent;

@Timeout(10)
class EventBusTest {

    @Test
    void a_subscriber_whose_queue_overflows_catches_up_from_the_log_in_order_once() throws InterruptedException {
        List<BoardEvent> log = LongStream.rangeClosed(1, 20).mapToObj(i -> event("board-1", i)).toList();
        EventHistory history = (board, after, limit) -> log.stream().filter(e -> e.id() > after).limit(limit).toList();
        EventBus.Config config = new EventBus.Config();
        config.queueCapacity = 3;
        try (EventBus bus = new EventBus(config, history)) {
            CountDownLatch release = new CountDownLatch(1);
            List<Long> slow = new CopyOnWriteArrayList<>();
            bus.subscribe(e -> {
                awaitQuietly(release);
                slow.add(e.id());
            });
            List<Long> fast = new CopyOnWriteArrayList<>();
            bus.subscribe(e -> fast.add(e.id()));

            log.forEach(bus::publish);
            await().atMost(5, SECONDS).until(() -> fast.size() == 20);
            assertTrue(bus.overflows() > 0, "the slow subscriber's queue of 3 overflowed");
            release.countDown();

            await().atMost(5, SECONDS).until(() -> slow.size() == 20);
            assertEquals(LongStream.rangeClosed(1, 20).boxed().toList(), slow);
            assertEquals(fast, slow);
        }
    }

    @Test
    void events_not_in_any_log_are_still_delivered_to_every_subscriber() {
        try (EventBus bus = new EventBus(new EventBus.Config(), EventHistory.NONE)) {
            List<Long> a = new CopyOnWriteArrayList<>();
            List<Long> b = new CopyOnWriteArrayList<>();
            bus.subscribe(e -> a.add(e.id()));
            bus.subscribe(e -> b.add(e.id()));
            bus.publish(event("board-9", 1));
            bus.publish(event("board-9", 2));
            await().atMost(5, SECONDS).until(() -> a.size() == 2 && b.size() == 2);
            assertEquals(List.of(1L, 2L), a);
            assertEquals(2, bus.subscriberCount());
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
