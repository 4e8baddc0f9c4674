package taskboard.exercises.l17;

import java.util.Set;

import taskboard.exercises.Todo;

/**
 * L17: choosing the right approach. The decision tree, the task board's hybrid, the fallback chain
 * and the comparison table of the four approaches, as answers the checks can verify.
 */
public final class Approaches {

    /** The ways a client learns about changes (REST: it asks when the user acts). */
    public enum Approach { WEBSOCKET, SSE, LONG_POLLING, SHORT_POLLING, REST }

    /** The task board's features. */
    public enum Feature { TASK_MUTATIONS, LIVE_TASK_UPDATES, PRESENCE, TYPING_INDICATORS, LIVE_CURSORS }

    /**
     * One row of the comparison table.
     *
     * @param latencyIsThePollInterval  a change waits for the next poll to be seen
     * @param oneResponseCarriesManyEvents one open response or connection carries event after event
     * @param clientSendsOnSameConnection the client talks back on the same connection
     * @param browserReconnectsByItself the browser's API reconnects (and resumes) without our code
     */
    public record Row(boolean latencyIsThePollInterval, boolean oneResponseCarriesManyEvents,
                      boolean clientSendsOnSameConnection, boolean browserReconnectsByItself) {
    }

    private Approaches() {
    }

    /** L17.1, the decision tree: does the client send often? WebSocket. Does only the server push? SSE. Else REST. */
    public static Approach decide(boolean clientSendsOften, boolean serverPushes) {
        // TODO(17.1): the course's decision tree, in its order.
        throw Todo.exercise("17.1", "apply the decision tree in Approaches.decide", "L17", "06-capstone");
    }

    /** L17.1, the task board as a hybrid: which approach carries each feature. */
    public static Approach forFeature(Feature feature) {
        // TODO(17.1): REST for mutations, SSE for viewers' live updates, WebSocket for presence, typing and cursors.
        throw Todo.exercise("17.1", "pick the approach of each task board feature in Approaches.forFeature",
                "L17", "06-capstone");
    }

    /** L17.2: the best approach still available: WebSocket, then SSE, then long polling, then short polling. */
    public static Approach fallback(Set<Approach> available) {
        // TODO(17.2): walk the fallback chain; refuse (IllegalStateException) when none of the four is available.
        throw Todo.exercise("17.2", "walk the fallback chain in Approaches.fallback", "L17", "06-capstone");
    }

    /** L17.3: the comparison table's row of one of the four real-time approaches. */
    public static Row compare(Approach approach) {
        // TODO(17.3): fill in the table for SHORT_POLLING, LONG_POLLING, SSE and WEBSOCKET (REST is not real-time: refuse it).
        throw Todo.exercise("17.3", "fill in the comparison table in Approaches.compare", "L17", "06-capstone");
    }
}
