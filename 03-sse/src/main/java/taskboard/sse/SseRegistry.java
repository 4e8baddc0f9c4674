package taskboard.sse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import taskboard.admin.ConnectionCounters;
import taskboard.events.BoardEvent;

/**
 * L6: the open streams, per board. A board event goes to that board's streams only; its frame is
 * built once and shared by all of them. One scheduler sends every stream its heartbeat (L8), and a
 * small pool writes the frames, so the number of threads does not grow with the streams.
 */
public final class SseRegistry implements ConnectionCounters.Source, AutoCloseable {
    private final Map<String, Set<SseConnection>> byBoard = new ConcurrentHashMap<>();
    private final Set<SseConnection> all = ConcurrentHashMap.newKeySet();
    private final ExecutorService writers = Executors.newFixedThreadPool(2, daemonThreads("sse-writer"));
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(daemonThreads("sse-heartbeat"));

    SseRegistry(Duration heartbeat) {
        long every = heartbeat.toMillis();
        heartbeats.scheduleAtFixedRate(() -> all.forEach(SseConnection::heartbeat), every, every, TimeUnit.MILLISECONDS);
    }

    /** A new stream for these boards; it receives live events from now on (held back until it opens). */
    SseConnection register(List<String> boards, boolean multiBoard, int outboxLimit) {
        SseConnection connection = new SseConnection(boards, multiBoard, outboxLimit, writers, this::remove);
        all.add(connection);
        for (String board : boards) {
            byBoard.compute(board, (id, streams) -> {
                Set<SseConnection> set = streams != null ? streams : ConcurrentHashMap.newKeySet();
                set.add(connection);
                return set;
            });
        }
        return connection;
    }

    /** The delivery subscriber: hands the event to its board's streams and returns. */
    void broadcast(BoardEvent event) {
        Set<SseConnection> streams = byBoard.get(event.boardId());
        if (streams == null) {
            return;
        }
        byte[] frame = SseFrames.event(String.valueOf(event.id()), event.type(), event.json());
        streams.forEach(stream -> stream.deliver(event, frame));
    }

    private void remove(SseConnection connection) {
        all.remove(connection);
        for (String board : connection.boards()) {
            byBoard.computeIfPresent(board, (id, streams) -> {
                streams.remove(connection);
                return streams.isEmpty() ? null : streams;
            });
        }
    }

    @Override
    public int total() {
        return all.size();
    }

    @Override
    public Map<String, Integer> perBoard() {
        Map<String, Integer> counts = new TreeMap<>();
        byBoard.forEach((board, streams) -> counts.put(board, streams.size()));
        counts.values().removeIf(count -> count == 0);
        return counts;
    }

    /** Ends every stream, e.g. when the server stops. */
    void closeAll() {
        all.forEach(stream -> stream.close(SseConnection.CloseReason.SERVER_STOPPING));
    }

    @Override
    public void close() {
        closeAll();
        heartbeats.shutdownNow();
        writers.shutdown();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
