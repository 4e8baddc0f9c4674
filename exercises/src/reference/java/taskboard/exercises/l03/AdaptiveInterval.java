package taskboard.exercises.l03;

import java.time.Duration;

import taskboard.polling.client.PollInterval;

/**
 * L3 exercise 3: a poller that backs off while nothing changes (fewer empty polls) and comes back
 * to its base interval as soon as something does (fresh again). The answer is 02-polling's
 * {@link PollInterval}, with a factor of 2.
 */
public final class AdaptiveInterval {
    private final PollInterval interval;
    private Duration current;

    /** E.g. {@code new AdaptiveInterval(Duration.ofSeconds(5), Duration.ofSeconds(60))}. */
    public AdaptiveInterval(Duration base, Duration max) {
        this.interval = new PollInterval(base, max, 2);
        this.current = base;
    }

    /** How long to wait before the next poll, given whether the last poll brought a change. */
    public synchronized Duration next(boolean changed) {
        current = interval.next(current, changed);
        return current;
    }
}
