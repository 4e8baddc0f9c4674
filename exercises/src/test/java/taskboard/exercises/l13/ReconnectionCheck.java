package taskboard.exercises.l13;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import taskboard.exercises.testing.ExerciseFailures;

/** L13: liveness, backoff and rejoining, as the logic a server and a client run (no clock needed). */
@Tag("L13")
@Timeout(10)
@ExtendWith(ExerciseFailures.class)
class ReconnectionCheck {

    @Test
    @Tag("ex13.1")
    void exercise_13_1_a_silent_socket_is_terminated_within_two_intervals() {
        Liveness liveness = new Liveness();
        liveness.track("alive");
        liveness.track("dead");
        assertEquals(List.of(), liveness.sweep(), "first interval: both are pinged, nobody is terminated yet");
        liveness.pong("alive");
        assertEquals(List.of("dead"), liveness.sweep(), "second interval: the one that did not answer goes");
        assertEquals(1, liveness.tracked(), "and is no longer tracked");
        liveness.pong("alive");
        assertEquals(List.of(), liveness.sweep(), "a socket that keeps answering stays");
        assertEquals(List.of("alive"), liveness.sweep(), "until it, too, misses a ping");
        liveness.pong("ghost");
        assertEquals(0, liveness.tracked(), "a pong from an unknown socket tracks nothing");
    }

    @Test
    @Tag("ex13.2")
    void exercise_13_2_backoff_doubles_to_a_cap_with_full_jitter_and_resets() {
        ReconnectPolicy highest = new ReconnectPolicy(fixed(0.999999));
        List<Long> ceilings = List.of(1000L, 2000L, 4000L, 8000L, 16000L, 30000L, 30000L);
        for (long ceiling : ceilings) {
            assertEquals(ceiling, highest.next().toMillis(), "the highest draw waits the whole ceiling");
        }
        highest.reset();
        assertEquals(1000, highest.next().toMillis(), "after a success it starts from 1 s again");

        ReconnectPolicy middle = new ReconnectPolicy(fixed(0.5));
        assertEquals(500, middle.next().toMillis(), "full jitter: anywhere between 0 and the ceiling");
        assertEquals(1000, middle.next().toMillis());
        ReconnectPolicy lowest = new ReconnectPolicy(fixed(0.0));
        for (int i = 0; i < 80; i++) {
            assertEquals(Duration.ZERO, lowest.next(), "no overflow after many attempts");
        }

        assertFalse(ReconnectPolicy.shouldReconnect(1000), "a normal close means stop");
        assertFalse(ReconnectPolicy.shouldReconnect(4001), "unauthorized: retrying cannot help");
        assertFalse(ReconnectPolicy.shouldReconnect(4003), "forbidden: retrying cannot help");
        assertTrue(ReconnectPolicy.shouldReconnect(1006), "a dropped connection: reconnect");
        assertTrue(ReconnectPolicy.shouldReconnect(1001), "the server is going away (a deploy): reconnect");
        assertTrue(ReconnectPolicy.shouldReconnect(1011), "a server error: reconnect");
    }

    @Test
    @Tag("ex13.3")
    void exercise_13_3_a_reconnect_rejoins_each_board_once_from_the_last_event_seen() {
        Rejoin rejoin = new Rejoin();
        rejoin.joined("board-1");
        rejoin.joined("board-2");
        rejoin.joined("board-1");
        rejoin.saw("board-1", 41);
        rejoin.saw("board-1", 43);
        rejoin.saw("board-1", 42);
        rejoin.joined("board-3");
        rejoin.left("board-2");
        assertEquals(List.of(
                "{\"type\":\"join\",\"boardId\":\"board-1\",\"lastEventId\":43}",
                "{\"type\":\"join\",\"boardId\":\"board-3\",\"lastEventId\":0}"), rejoin.messagesAfterReconnect(),
                "one join per board still joined (no duplicate presence), with the newest id seen");
    }

    private static Random fixed(double value) {
        return new Random() {
            private static final long serialVersionUID = 1L;

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
