package taskboard.exercises.l17;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import taskboard.exercises.l17.Approaches.Approach;
import taskboard.exercises.l17.Approaches.Feature;
import taskboard.exercises.l17.Approaches.Row;
import taskboard.exercises.testing.ExerciseFailures;

/** L17: the lesson's decisions as checked answers. */
@Tag("L17")
@Timeout(10)
@ExtendWith(ExerciseFailures.class)
class ChoosingCheck {

    @Test
    @Tag("ex17.1")
    void exercise_17_1_picks_an_approach_per_feature_with_the_decision_tree() {
        assertEquals(Approach.WEBSOCKET, Approaches.decide(true, true), "the client sends often");
        assertEquals(Approach.WEBSOCKET, Approaches.decide(true, false), "the client sends often, whatever else");
        assertEquals(Approach.SSE, Approaches.decide(false, true), "only the server pushes");
        assertEquals(Approach.REST, Approaches.decide(false, false), "nothing real-time");
        assertEquals(Approach.REST, Approaches.forFeature(Feature.TASK_MUTATIONS));
        assertEquals(Approach.SSE, Approaches.forFeature(Feature.LIVE_TASK_UPDATES));
        assertEquals(Approach.WEBSOCKET, Approaches.forFeature(Feature.PRESENCE));
        assertEquals(Approach.WEBSOCKET, Approaches.forFeature(Feature.TYPING_INDICATORS));
        assertEquals(Approach.WEBSOCKET, Approaches.forFeature(Feature.LIVE_CURSORS));
    }

    @Test
    @Tag("ex17.2")
    void exercise_17_2_falls_back_from_websocket_to_sse_to_long_polling_to_short_polling() {
        Set<Approach> all = Set.of(Approach.WEBSOCKET, Approach.SSE, Approach.LONG_POLLING, Approach.SHORT_POLLING);
        assertEquals(Approach.WEBSOCKET, Approaches.fallback(all));
        assertEquals(Approach.SSE, Approaches.fallback(Set.of(Approach.SSE, Approach.LONG_POLLING, Approach.SHORT_POLLING)));
        assertEquals(Approach.LONG_POLLING, Approaches.fallback(Set.of(Approach.LONG_POLLING, Approach.SHORT_POLLING)),
                "WebSocket and SSE disabled: the board still updates through long polling");
        assertEquals(Approach.SHORT_POLLING, Approaches.fallback(Set.of(Approach.SHORT_POLLING, Approach.REST)));
        assertThrows(IllegalStateException.class, () -> Approaches.fallback(Set.of(Approach.REST)),
                "REST alone cannot keep a board live");
    }

    @Test
    @Tag("ex17.3")
    void exercise_17_3_fills_in_the_comparison_table() {
        assertEquals(new Row(true, false, false, false), Approaches.compare(Approach.SHORT_POLLING),
                "short polling: a change waits for the next poll");
        assertEquals(new Row(false, false, false, false), Approaches.compare(Approach.LONG_POLLING),
                "long polling: answered at once, but one response per change");
        assertEquals(new Row(false, true, false, true), Approaches.compare(Approach.SSE),
                "SSE: one response, many events, and EventSource reconnects by itself");
        assertEquals(new Row(false, true, true, false), Approaches.compare(Approach.WEBSOCKET),
                "WebSocket: full duplex, but reconnecting is our job");
        assertThrows(IllegalArgumentException.class, () -> Approaches.compare(Approach.REST));
    }
}
