package taskboard.polling;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import taskboard.data.EventLog;
import taskboard.events.BoardEvent;
import taskboard.events.EventDelivery;

/**
 * L4: the registry of waiting long polls, per board. It subscribes to the board events; an event
 * wakes only its own board's waiters. No thread waits: a waiter is a future that Javalin resumes
 * the request with, its timeout is a task on one shared scheduler, and its answer is written by
 * one of two shared threads (never by the thread that published the change, which holds the
 * database's write lock).
 */
public final class LongPollWaiters implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LongPollWaiters.class);

    private final EventLog eventLog;
    private final Duration timeout;
    private final int maxEvents;
    private final Map<String, Set<Waiter>> byBoard = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor scheduler;
    private final DisconnectWatch disconnects;
    private final Runnable unsubscribe;
    private volatile boolean stopping;

    public LongPollWaiters(EventLog eventLog, EventDelivery delivery, Duration timeout, int maxEvents) {
        this.eventLog = eventLog;
        this.timeout = timeout;
        this.maxEvents = maxEvents;
        AtomicInteger threads = new AtomicInteger();
        this.scheduler = new ScheduledThreadPoolExecutor(2, task -> {
            Thread thread = new Thread(task, "long-poll-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true); // 5,000 cancelled timeouts must not linger in the queue
        this.disconnects = new DisconnectWatch(scheduler);
        this.unsubscribe = delivery.subscribe(this::onEvent);
    }

    /**
     * Waits for the first event after {@code cursor} on a board. The waiter is registered before the
     * log is read: an event committed before the read is in it, one published after registration
     * wakes the waiter, so nothing falls between the two (settle() makes sure only one answers).
     */
    public CompletableFuture<PollAnswer> await(Context ctx, String boardId, long cursor) {
        Waiter waiter = new Waiter(boardId, cursor);
        if (stopping) {
            waiter.settle(); // a poll that slips in while the server stops is answered at once
            waiter.answer.complete(PollAnswer.timeout(cursor));
            return waiter.answer;
        }
        byBoard.computeIfAbsent(boardId, id -> ConcurrentHashMap.newKeySet()).add(waiter);
        waiter.timeout(scheduler.schedule(() -> expire(waiter), timeout.toMillis(), TimeUnit.MILLISECONDS));
        List<BoardEvent> missed;
        try {
            missed = eventLog.after(boardId, cursor, maxEvents);
        } catch (RuntimeException e) {
            abandon(waiter);
            throw e;
        }
        if (!missed.isEmpty() && waiter.settle()) {
            finish(waiter, PollAnswer.changes(missed));
        } else if (stopping) {
            expire(waiter); // stop() may have passed by before this waiter was registered
        } else if (ctx.req().isAsyncStarted()) {
            watchClient(ctx, waiter);
        }
        return waiter.answer;
    }

    /** Waiting polls per board (boards without any are left out). */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        byBoard.forEach((board, waiters) -> {
            if (!waiters.isEmpty()) {
                counts.put(board, waiters.size());
            }
        });
        return counts;
    }

    public int count() {
        return byBoard.values().stream().mapToInt(Set::size).sum();
    }

    /**
     * The server is stopping: every waiting poll gets the timeout answer (its client polls again and
     * finds the next server) instead of a cut connection, and so does any poll that still arrives.
     */
    public void stop() {
        stopping = true;
        byBoard.values().forEach(waiters -> waiters.forEach(this::expire));
    }

    /** Runs on the publishing thread: only hands the event over. */
    private void onEvent(BoardEvent event) {
        Set<Waiter> waiters = byBoard.get(event.boardId());
        if (waiters != null && !waiters.isEmpty()) {
            scheduler.execute(() -> wake(waiters, event));
        }
    }

    private void wake(Set<Waiter> waiters, BoardEvent event) {
        PollAnswer justThis = null; // most waiters saw everything before this event: one answer for all
        for (Waiter waiter : waiters) {
            if (waiter.cursor >= event.id() || !waiter.settle()) {
                continue; // it has seen this event already, or it is answered
            }
            if (waiter.cursor == event.id() - 1) {
                justThis = justThis != null ? justThis : PollAnswer.changes(List.of(event));
                finish(waiter, justThis);
            } else {
                List<BoardEvent> events = eventLog.after(waiter.boardId, waiter.cursor, maxEvents);
                finish(waiter, PollAnswer.changes(events.isEmpty() ? List.of(event) : events));
            }
        }
    }

    private void expire(Waiter waiter) {
        if (waiter.settle()) {
            finish(waiter, PollAnswer.timeout(waiter.cursor));
        }
    }

    private void finish(Waiter waiter, PollAnswer answer) {
        forget(waiter);
        waiter.answer.complete(answer); // Javalin writes the response on this thread
    }

    private void forget(Waiter waiter) {
        waiter.release();
        Set<Waiter> waiters = byBoard.get(waiter.boardId);
        if (waiters != null) {
            waiters.remove(waiter);
        }
    }

    private void watchClient(Context ctx, Waiter waiter) {
        disconnects.watch(ctx, waiter, this::forget).ifPresent(waiter::watch);
        // Whatever else ends the request first (a failed connection, the server stopping) forgets it too.
        ctx.req().getAsyncContext().addListener(new WhenRequestEnds(() -> abandon(waiter)));
    }

    private void abandon(Waiter waiter) {
        if (waiter.settle()) {
            log.debug("A long poll on {} ended without an answer", waiter.boardId);
            forget(waiter);
        }
    }

    @Override
    public void close() {
        unsubscribe.run();
        stop();
        disconnects.close();
        scheduler.shutdownNow();
    }
}
