package taskboard.patterns;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import taskboard.events.BoardEvent;

/**
 * One subscriber of the {@link EventBus}: its own bounded queue and its own dispatcher thread, so a
 * subscriber that throws or blocks only ever delays itself. Events leave the queue in the order
 * they were published, hence per-board id order.
 *
 * <p>Overflow: when the queue is full the event is not queued; the subscriber is marked as behind
 * on that board and, once it has drained its queue, reads what it missed from the event log. A slow
 * subscriber falls behind but loses nothing the log still holds, and memory stays bounded.
 */
final class Subscription implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(Subscription.class);

    private final String name;
    private final Consumer<BoardEvent> handler;
    private final EventHistory history;
    private final BlockingQueue<BoardEvent> queue;
    private final BoardSequence sequence = BoardSequence.startingAtFirstEvent();
    // board -> first id that did not fit in the queue
    private final Map<String, Long> behind = new ConcurrentHashMap<>();
    private final AtomicLong overflows = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    Subscription(String name, Consumer<BoardEvent> handler, EventHistory history, int capacity) {
        this.name = name;
        this.handler = handler;
        this.history = history;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Called on the publishing thread: never blocks. */
    void offer(BoardEvent event) {
        if (!queue.offer(event)) {
            behind.merge(event.boardId(), event.id(), Math::min);
            if (overflows.incrementAndGet() == 1) {
                log.warn("{} is too slow: its queue is full, it will catch up from the event log", name);
            }
        }
    }

    @Override
    public void run() {
        while (running) {
            try {
                BoardEvent event = queue.poll(100, TimeUnit.MILLISECONDS);
                if (event != null) {
                    sequence.accept(event, history, this::deliver);
                } else if (!behind.isEmpty()) {
                    catchUp();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("{} could not read the event log", name, e);
            }
        }
    }

    private void catchUp() {
        for (String boardId : Map.copyOf(behind).keySet()) {
            Long firstMissed = behind.remove(boardId);
            Long last = sequence.last(boardId);
            long from = last != null ? last : firstMissed - 1;
            history.after(boardId, from, Integer.MAX_VALUE)
                    .forEach(event -> sequence.accept(event, history, this::deliver));
        }
    }

    private void deliver(BoardEvent event) {
        try {
            handler.accept(event);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            log.error("{} failed on {} #{} of {}", name, event.type(), event.id(), event.boardId(), e);
        }
    }

    long overflows() {
        return overflows.get();
    }

    long failures() {
        return failures.get();
    }

    int queued() {
        return queue.size();
    }

    void stop() {
        running = false;
        thread.interrupt();
    }
}
