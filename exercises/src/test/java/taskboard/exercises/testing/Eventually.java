package taskboard.exercises.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waits for a condition (Awaitility), but gives up at once when a starter threw "not done yet" on a
 * server thread: an unfinished exercise fails in milliseconds, not after a timeout.
 */
public final class Eventually {
    public static final Duration PATIENCE = Duration.ofSeconds(5);

    private Eventually() {
    }

    public static void until(String what, Callable<Boolean> condition) {
        await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                .failFast("an exercise is not done yet", NotDoneYet::any)
                .until(condition);
    }
}
