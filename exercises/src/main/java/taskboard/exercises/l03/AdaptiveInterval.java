package taskboard.exercises.l03;

import java.time.Duration;

import taskboard.exercises.Todo;

/**
 * L3 exercise 3: a poller that backs off while nothing changes (fewer empty polls) and comes back
 * to its base interval as soon as something does (fresh again).
 */
public final class AdaptiveInterval {
    private final Duration base;
    private final Duration max;

    /** E.g. {@code new AdaptiveInterval(Duration.ofSeconds(5), Duration.ofSeconds(60))}. */
    public AdaptiveInterval(Duration base, Duration max) {
        this.base = base;
        this.max = max;
    }

    /** How long to wait before the next poll, given whether the last poll brought a change. */
    public Duration next(boolean changed) {
        // TODO(3.3): after a change, wait `base`; after each empty poll, double the wait, never beyond `max`.
        throw Todo.exercise("3.3", "double the wait after empty polls (capped at max), reset to base on a change"
                + " in AdaptiveInterval.next", "L3", "02-polling");
    }
}
