package taskboard.exercises.l01;

import java.time.Duration;

import taskboard.exercises.Todo;

/** L1: why polling does not scale. The course's figure: 100 users every 3 s = 2,000 requests a minute. */
public final class PollingLoad {
    private PollingLoad() {
    }

    /** Requests a minute the server answers when {@code users} each poll once per {@code interval}. */
    public static double requestsPerMinute(int users, Duration interval) {
        // TODO(1.1): each user polls (one minute / interval) times a minute; refuse a zero or negative interval.
        throw Todo.exercise("1.1", "return users x (60 s / interval) in PollingLoad.requestsPerMinute", "L1", "01-setup");
    }
}
