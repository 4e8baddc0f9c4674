package taskboard.polling.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** L3 exercise 3's schedule, as a pure function: no clock, no sleeping. */
class PollIntervalTest {
    private final PollInterval course = PollInterval.COURSE;

    @Test
    void exercise_3_3_doubles_while_nothing_changes_up_to_the_cap() {
        List<Long> waits = new ArrayList<>();
        Duration current = course.base();
        for (int i = 0; i < 6; i++) {
            current = course.next(current, false);
            waits.add(current.toSeconds());
        }
        assertEquals(List.of(10L, 20L, 40L, 60L, 60L, 60L), waits);
    }

    @Test
    void exercise_3_3_a_change_resets_to_the_base_interval() {
        assertEquals(Duration.ofSeconds(5), course.next(Duration.ofSeconds(60), true));
        assertEquals(Duration.ofSeconds(5), course.next(Duration.ofSeconds(5), true));
    }

    @Test
    void the_course_client_polls_every_5_seconds_at_first() {
        assertEquals(Duration.ofSeconds(5), course.base());
    }

    @Test
    void a_factor_of_one_is_a_fixed_interval() {
        PollInterval fixed = new PollInterval(Duration.ofSeconds(3), Duration.ofSeconds(3), 1);
        assertEquals(Duration.ofSeconds(3), fixed.next(Duration.ofSeconds(3), false));
    }

    @Test
    void refuses_a_schedule_that_makes_no_sense() {
        assertThrows(IllegalArgumentException.class, () -> new PollInterval(Duration.ZERO, Duration.ofSeconds(1), 2));
        assertThrows(IllegalArgumentException.class, () -> new PollInterval(Duration.ofSeconds(5), Duration.ofSeconds(1), 2));
        assertThrows(IllegalArgumentException.class, () -> new PollInterval(Duration.ofSeconds(1), Duration.ofSeconds(5), 0.5));
    }
}
