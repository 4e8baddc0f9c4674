package taskboard.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** L8 exercise 2: the counts add up over every registered transport, total and per board. */
class ConnectionCountersTest {

    private static ConnectionCounters.Source source(int total, Map<String, Integer> perBoard) {
        return new ConnectionCounters.Source() {
            @Override
            public int total() {
                return total;
            }

            @Override
            public Map<String, Integer> perBoard() {
                return perBoard;
            }
        };
    }

    @Test
    void a_second_transport_is_counted_without_changing_the_first() {
        ConnectionCounters counters = new ConnectionCounters();
        counters.register("sse", source(3, Map.of("board-1", 2, "board-2", 2)));
        counters.register("websocket", source(2, Map.of("board-1", 2)));

        ConnectionCounters.Counts counts = counters.counts();
        assertEquals(5, counts.total());
        assertEquals(Map.of("board-1", 4, "board-2", 2), counts.boards());
        assertEquals(3, counts.transports().get("sse").total());
        assertEquals(2, counts.transports().get("websocket").total());
    }

    @Test
    void a_transport_name_is_registered_once() {
        ConnectionCounters counters = new ConnectionCounters();
        counters.register("sse", source(0, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> counters.register("sse", source(0, Map.of())));
    }
}
