package taskboard.exercises.l01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import taskboard.exercises.testing.ExerciseFailures;

@Tag("L1")
@Timeout(10)
@ExtendWith(ExerciseFailures.class)
class PollingLoadCheck {

    @Test
    @Tag("ex1.1")
    void exercise_1_1_counts_the_requests_polling_costs_a_minute() {
        assertEquals(2000, PollingLoad.requestsPerMinute(100, Duration.ofSeconds(3)), 0.001,
                "L1: 100 users polling every 3 s");
        assertEquals(600, PollingLoad.requestsPerMinute(50, Duration.ofSeconds(5)), 0.001,
                "L3: 50 users polling every 5 s");
        assertEquals(120, PollingLoad.requestsPerMinute(1, Duration.ofMillis(500)), 0.001, "1 user every 500 ms");
        assertThrows(IllegalArgumentException.class, () -> PollingLoad.requestsPerMinute(1, Duration.ZERO),
                "a zero interval is refused, not divided by");
    }
}
