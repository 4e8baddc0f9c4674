package taskboard.exercises.l13;

import java.time.Duration;
import java.util.Random;

import taskboard.websocket.CloseCodes;
import taskboard.websocket.client.Backoff;

/**
 * L13 exercise 2: when a client reconnects. Exponential backoff (1 s base, doubling, 30 s cap) with
 * full jitter (a random wait between 0 and the ceiling, so a deploy's thousand clients do not all
 * come back in the same second), reset after a successful connection; and no reconnect at all after
 * a normal close or a refusal. The answer is 04-websockets' {@link Backoff} and {@link CloseCodes}.
 */
public final class ReconnectPolicy {
    public static final Duration BASE = Backoff.BASE;
    public static final Duration CAP = Backoff.CAP;

    private final Backoff backoff;

    public ReconnectPolicy(Random random) {
        this.backoff = new Backoff(BASE, CAP, random);
    }

    /** The wait before the next attempt: random in [0, min(cap, base x 2^attempt)]; counts an attempt. */
    public Duration next() {
        return backoff.next();
    }

    /** After a successful connection the next failure starts from the base again. */
    public void reset() {
        backoff.reset();
    }

    /** Whether to reconnect after the server closed with {@code closeCode}. */
    public static boolean shouldReconnect(int closeCode) {
        return CloseCodes.shouldReconnect(closeCode);
    }
}
