package taskboard.exercises.l03;

import java.time.Duration;

/**
 * L3 exercise 3: a poller that backs off while nothing changes (fewer empty polls) and comes back
 * to its base interval as soon as something does (fresh again).
 */
public final class AdaptiveInterval {
    private final Duration base;
    private final Duration max;
    private Duration current;

    /** E.g. {@code new AdaptiveInterval(Duration.ofSeconds(5), Duration.ofSeconds(60))}. */
    public AdaptiveInterval(Duration base, Duration max) {
        this.base = base;
        this.max = max;
        this.current = base;
    }

    /** How long to wait before the next poll, given whether the last poll brought a change. */
    public synchronized Duration next(boolean changed) {
        if (changed) {
            current = base;
        } else {
            Duration doubled = current.multipliedBy(2);
            current = doubled.compareTo(max) > 0 ? max : doubled;
        }
        return current;
    }
}
