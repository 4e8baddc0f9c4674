package taskboard.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** L8 exercise 3: a multi-board stream's id holds one cursor per board, and reads back. */
class StreamCursorTest {

    @Test
    void a_single_board_id_is_the_plain_event_id() {
        assertEquals("43", StreamCursor.format(Map.of("board-1", 43L), false));
        assertEquals(Map.of("board-1", "43"), StreamCursor.parse("43", List.of("board-1"), false));
    }

    @Test
    void a_multi_board_id_names_every_board_and_parses_back() {
        Map<String, Long> cursors = new LinkedHashMap<>();
        cursors.put("board-1", 5L);
        cursors.put("board-2", 9L);
        String id = StreamCursor.format(cursors, true);
        assertEquals("board-1:5,board-2:9", id);
        assertEquals(Map.of("board-1", "5", "board-2", "9"), StreamCursor.parse(id, List.of("board-1", "board-2"), true));
    }

    @Test
    void a_board_the_header_does_not_name_gets_an_empty_id_which_means_resync() {
        Map<String, String> ids = StreamCursor.parse("board-1:5", List.of("board-1", "board-3"), true);
        assertEquals("5", ids.get("board-1"));
        assertEquals("", ids.get("board-3"));
    }

    @Test
    void no_header_means_a_fresh_start_for_every_board() {
        Map<String, String> ids = StreamCursor.parse(null, List.of("board-1", "board-2"), true);
        assertTrue(ids.isEmpty());
        assertNull(ids.get("board-1"));
    }
}
