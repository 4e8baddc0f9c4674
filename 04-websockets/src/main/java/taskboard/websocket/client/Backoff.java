package taskboard.websocket.client;

import java.time.Duration;
import java.util.Random;

/**
 * L13 exercise 2: exponential backoff with full jitter. The n-th retry waits a random time between
 * 0 and min(cap, base * 2^n): 1 s, 2 s, 4 s... capped at 30 s. The randomness spreads a crowd of
 * clients that lost the same server (a deploy) instead of having them all return at once.
 * Pure and not thread-safe: it only computes delays; the caller sleeps or schedules.
 */
public final class Backoff {
    public static final Duration BASE = Duration.ofSeconds(1);
    public static final Duration CAP = Duration.ofSeconds(30);

    private final long baseMillis;
    private final long capMillis;
    private final Random random;
    private int attempt;

    public Backoff(Duration base, Duration cap, Random random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("Need 0 < base <= cap, got base " + base + ", cap " + cap);
        }
        this.baseMillis = base.toMillis();
        this.capMillis = cap.toMillis();
        this.random = random;
    }

    /** The course's numbers: 1 s doubling to 30 s. */
    public static Backoff standard() {
        return new Backoff(BASE, CAP, new Random());
    }

    /** The delay before the next attempt; each call counts one more failed attempt. */
    public Duration next() {
        long ceiling = ceiling(attempt);
        attempt++;
        return Duration.ofMillis((long) (random.nextDouble() * (ceiling + 1)));
    }

    /** The most the n-th retry (0-based) can wait: min(cap, base * 2^n). */
    public long ceiling(int n) {
        if (n >= 62 || baseMillis << n >= capMillis || baseMillis << n <= 0) {
            return capMillis;
        }
        return baseMillis << n;
    }

    /** After a successful connection: the next failure starts from the base again. */
    public void reset() {
        attempt = 0;
    }

    public int attempts() {
        return attempt;
    }
}
