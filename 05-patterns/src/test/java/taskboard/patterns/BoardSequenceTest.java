package taskboard.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import taskboard.events.BoardEvent;

class BoardSequenceTest {
    private final List<BoardEvent> log = new ArrayList<>();
    private final EventHistory history = (board, after, limit) -> log.stream()
            .filter(e -> e.boardId().equals(board) && e.id() > after).limit(limit).toList();
    private final List<Long> delivered = new ArrayList<>();

    @Test
    void drops_an_event_it_has_already_delivered() {
        BoardSequence sequence = BoardSequence.startingAtFirstEvent();
        sequence.accept(event("board-1", 1), history, e -> delivered.add(e.id()));
        sequence.accept(event("board-1", 2), history, e -> delivered.add(e.id()));
        sequence.accept(event("board-1", 1), history, e -> delivered.add(e.id()));
        assertEquals(List.of(1L, 2L), delivered);
    }

    @Test
    void an_event_that_overtook_earlier_ones_brings_them_from_the_log_first() {
        for (int i = 1; i <= 4; i++) {
            log.add(event("board-1", i));
        }
        BoardSequence sequence = BoardSequence.startingAt(Map.of());
        sequence.accept(event("board-1", 3), history, e -> delivered.add(e.id()));
        sequence.accept(event("board-1", 1), history, e -> delivered.add(e.id()));
        sequence.accept(event("board-1", 2), history, e -> delivered.add(e.id()));
        sequence.accept(event("board-1", 4), history, e -> delivered.add(e.id()));
        assertEquals(List.of(1L, 2L, 3L, 4L), delivered);
        assertEquals(2, sequence.filled());
    }

    @Test
    void catch_up_delivers_what_the_log_has_after_the_last_delivered_id() {
        log.add(event("board-2", 6));
        log.add(event("board-2", 7));
        BoardSequence sequence = BoardSequence.startingAt(Map.of("board-2", 5L));
        sequence.catchUp("board-2", 7, history, e -> delivered.add(e.id()));
        sequence.catchUp("board-2", 7, history, e -> delivered.add(e.id()));
        assertEquals(List.of(6L, 7L), delivered, "once");
    }

    @Test
    void boards_are_sequenced_independently() {
        BoardSequence sequence = BoardSequence.startingAtFirstEvent();
        sequence.accept(event("board-1", 10), history, e -> delivered.add(e.id()));
        sequence.accept(event("board-2", 1), history, e -> delivered.add(e.id()));
        sequence.accept(event("board-1", 11), history, e -> delivered.add(e.id()));
        assertEquals(List.of(10L, 1L, 11L), delivered);
    }

    static BoardEvent event(String board, long id) {
        return new BoardEvent(board, id, "task_created", "task-" + id,
                "{\"type\":\"task_created\",\"boardId\":\"" + board + "\"}", "2026-01-01T00:00:00Z");
    }
}
