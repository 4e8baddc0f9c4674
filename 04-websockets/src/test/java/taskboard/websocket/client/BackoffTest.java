package taskboard.websocket.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void exercise_13_2_ceilings_double_from_one_second_to_a_thirty_second_cap() {
        Backoff backoff = Backoff.standard();
        List<Long> ceilings = List.of(backoff.ceiling(0), backoff.ceiling(1), backoff.ceiling(2), backoff.ceiling(3),
                backoff.ceiling(4), backoff.ceiling(5), backoff.ceiling(6), backoff.ceiling(40), backoff.ceiling(100));
        assertEquals(List.of(1000L, 2000L, 4000L, 8000L, 16000L, 30000L, 30000L, 30000L, 30000L), ceilings);
    }

    @Test
    void exercise_13_2_every_delay_is_a_random_point_between_zero_and_its_ceiling() {
        Backoff backoff = new Backoff(Backoff.BASE, Backoff.CAP, new Random(42));
        Set<Long> seen = new HashSet<>();
        for (int n = 0; n < 200; n++) {
            long delay = backoff.next().toMillis();
            assertTrue(delay >= 0 && delay <= backoff.ceiling(n), "attempt " + n + " waited " + delay);
            seen.add(delay);
        }
        assertTrue(seen.size() > 150, "full jitter spreads the delays: only " + seen.size() + " distinct");
    }

    @Test
    void the_same_seed_gives_the_same_delays_and_different_seeds_spread_a_crowd() {
        Backoff a = new Backoff(Backoff.BASE, Backoff.CAP, new Random(7));
        Backoff b = new Backoff(Backoff.BASE, Backoff.CAP, new Random(7));
        for (int i = 0; i < 10; i++) {
            assertEquals(a.next(), b.next());
        }
        // Each client has its own well-mixed seed (java.util.Random with seeds 0, 1, 2... starts out correlated).
        Random seeds = new Random(2024);
        Set<Duration> firstRetries = new HashSet<>();
        for (int client = 0; client < 100; client++) {
            firstRetries.add(new Backoff(Backoff.BASE, Backoff.CAP, new Random(seeds.nextLong())).next());
        }
        assertTrue(firstRetries.size() > 85, "100 clients cut off together retry at " + firstRetries.size() + " different times");
    }

    @Test
    void a_successful_connection_resets_the_backoff_to_the_base() {
        Backoff backoff = new Backoff(Backoff.BASE, Backoff.CAP, new Random(1));
        for (int i = 0; i < 8; i++) {
            backoff.next();
        }
        assertEquals(8, backoff.attempts());
        backoff.reset();
        assertEquals(0, backoff.attempts());
        assertTrue(backoff.next().toMillis() <= 1000);
    }

    @Test
    void refuses_a_cap_below_the_base() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1), new Random()));
    }
}
