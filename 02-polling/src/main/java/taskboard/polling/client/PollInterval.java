package taskboard.polling.client;

import java.time.Duration;

/**
 * L3 exercise 3: how long a short-polling client waits before its next poll. While nothing
 * changes the wait doubles (5 s, 10 s, 20 s, 40 s, then 60 s at most), so an idle board costs
 * few requests; the first change brings it back to the base interval, since more are likely.
 * A pure function of the current interval and what the last poll saw: tested without sleeping.
 */
public record PollInterval(Duration base, Duration max, double factor) {

    /** The course's client: every 5 s, backing off to once a minute. */
    public static final PollInterval COURSE = new PollInterval(Duration.ofSeconds(5), Duration.ofSeconds(60), 2);

    public PollInterval {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || factor < 1) {
            throw new IllegalArgumentException("Need 0 < base <= max and factor >= 1, got " + base + ", " + max + ", " + factor);
        }
    }

    /** The wait after a poll: back to {@code base} after a change, else {@code current * factor} up to {@code max}. */
    public Duration next(Duration current, boolean changed) {
        if (changed) {
            return base;
        }
        double grown = current.toNanos() * factor;
        return grown >= max.toNanos() ? max : Duration.ofNanos((long) grown);
    }
}
