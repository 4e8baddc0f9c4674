package taskboard.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * L8 exercise 2: how many real-time connections are open, in total and per board. Each transport
 * registers itself as a {@link Source} (SSE here; WebSockets in the next checkpoint), so a new
 * transport is counted without changing this class or the admin route. Shared through
 * {@code services.component(ConnectionCounters.class, ConnectionCounters::new)}.
 */
public final class ConnectionCounters {

    /** A transport's open connections. A connection that carries several boards counts once in the total. */
    public interface Source {
        int total();

        /** Open connections per board id (boards without any are left out). */
        Map<String, Integer> perBoard();
    }

    /** What GET /admin/connections answers: {@code {"total":3,"boards":{"board-1":2},"transports":{"sse":{...}}}}. */
    public record Counts(int total, Map<String, Integer> boards, Map<String, TransportCounts> transports) {
    }

    public record TransportCounts(int total, Map<String, Integer> boards) {
    }

    private final Map<String, Source> sources = new LinkedHashMap<>();

    /** Counts a transport's connections under {@code name}, e.g. "sse" or "websocket". */
    public synchronized void register(String name, Source source) {
        if (sources.putIfAbsent(name, source) != null) {
            throw new IllegalArgumentException("A transport named '" + name + "' is already counted");
        }
    }

    public synchronized Counts counts() {
        int total = 0;
        Map<String, Integer> boards = new TreeMap<>();
        Map<String, TransportCounts> transports = new LinkedHashMap<>();
        for (Map.Entry<String, Source> entry : sources.entrySet()) {
            int transportTotal = entry.getValue().total();
            Map<String, Integer> perBoard = new TreeMap<>(entry.getValue().perBoard());
            total += transportTotal;
            perBoard.forEach((board, count) -> boards.merge(board, count, Integer::sum));
            transports.put(entry.getKey(), new TransportCounts(transportTotal, perBoard));
        }
        return new Counts(total, boards, transports);
    }
}
