package taskboard.scaling;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import taskboard.data.Database;
import taskboard.events.BoardEvent;
import taskboard.patterns.BoardSequence;
import taskboard.patterns.EventHistory;

/**
 * One instance's gate between "events heard" and "events delivered": everything (this instance's
 * own events, Redis messages, catch-ups from the log) goes through one {@link BoardSequence} on one
 * thread, so each board's events come out exactly once and in id order, whatever order they came
 * in. It starts from the log's newest ids, so a board's first event after start-up is never missed.
 */
final class InstanceSequencer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InstanceSequencer.class);

    private final Database database;
    private final EventHistory history;
    private final Consumer<BoardEvent> out;
    private final BoardSequence sequence;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(daemon("event-sequencer"));
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(daemon("event-catch-up"));

    InstanceSequencer(Database database, EventHistory history, Consumer<BoardEvent> out) {
        this.database = database;
        this.history = history;
        this.out = out;
        this.sequence = BoardSequence.startingAt(EventLogHeads.read(database));
    }

    /** An event from anywhere: delivered if new, after whatever is missing before it. */
    void offer(BoardEvent event) {
        run(() -> sequence.accept(event, history, out));
    }

    /** Delivers whatever the log holds beyond what was delivered (after an outage, or as a safety net). */
    void catchUp() {
        run(() -> EventLogHeads.read(database)
                .forEach((board, newest) -> sequence.catchUp(board, newest, history, out)));
    }

    /** Catches up every {@code interval}, whatever Redis says. */
    void catchUpEvery(Duration interval) {
        long millis = interval.toMillis();
        sweeper.scheduleWithFixedDelay(this::catchUp, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Events that had to be read from the log because the fast path did not bring them (in time). */
    long filledFromLog() {
        return sequence.filled();
    }

    private void run(Runnable work) {
        try {
            thread.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.error("Sequencing board events failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            // closing: nothing more to deliver
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        thread.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
