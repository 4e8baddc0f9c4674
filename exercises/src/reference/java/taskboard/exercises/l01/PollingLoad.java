package taskboard.exercises.l01;

import java.time.Duration;

/** L1: why polling does not scale. The course's figure: 100 users every 3 s = 2,000 requests a minute. */
public final class PollingLoad {
    private PollingLoad() {
    }

    /** Requests a minute the server answers when {@code users} each poll once per {@code interval}. */
    public static double requestsPerMinute(int users, Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("The polling interval must be positive, got " + interval);
        }
        return users * (Duration.ofMinutes(1).toMillis() / (double) interval.toMillis());
    }
}
