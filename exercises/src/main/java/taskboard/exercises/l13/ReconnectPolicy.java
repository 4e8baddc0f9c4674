package taskboard.exercises.l13;

import java.time.Duration;
import java.util.Random;

import taskboard.exercises.Todo;

/**
 * L13 exercise 2: when a client reconnects. Exponential backoff (1 s base, doubling, 30 s cap) with
 * full jitter (a random wait between 0 and the ceiling, so a deploy's thousand clients do not all
 * come back in the same second), reset after a successful connection; and no reconnect at all after
 * a normal close or a refusal.
 */
public final class ReconnectPolicy {
    public static final Duration BASE = Duration.ofSeconds(1);
    public static final Duration CAP = Duration.ofSeconds(30);

    private final Random random;

    public ReconnectPolicy(Random random) {
        this.random = random;
    }

    /** The wait before the next attempt: random in [0, min(cap, base x 2^attempt)]; counts an attempt. */
    public Duration next() {
        // TODO(13.2): ceiling = min(CAP, BASE << attempts) in ms (beware overflow); wait random.nextDouble() * (ceiling + 1).
        throw Todo.exercise("13.2", "return a capped, jittered, doubling delay in ReconnectPolicy.next", "L13", "04-websockets");
    }

    /** After a successful connection the next failure starts from the base again. */
    public void reset() {
        // TODO(13.2): forget the attempts.
        throw Todo.exercise("13.2", "start again from the base in ReconnectPolicy.reset", "L13", "04-websockets");
    }

    /** Whether to reconnect after the server closed with {@code closeCode}. */
    public static boolean shouldReconnect(int closeCode) {
        // TODO(13.2): not after a normal close (1000) or a refusal (4001 unauthorized, 4003 forbidden); after anything else, yes.
        throw Todo.exercise("13.2", "say which close codes deserve a reconnect in ReconnectPolicy.shouldReconnect",
                "L13", "04-websockets");
    }
}
