package taskboard.exercises.l17;

import java.util.List;
import java.util.Set;

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

    /** The fallback chain, best first. */
    private static final List<Approach> CHAIN = List.of(Approach.WEBSOCKET, Approach.SSE, Approach.LONG_POLLING,
            Approach.SHORT_POLLING);

    private Approaches() {
    }

    /** L17.1, the decision tree: does the client send often? WebSocket. Does only the server push? SSE. Else REST. */
    public static Approach decide(boolean clientSendsOften, boolean serverPushes) {
        if (clientSendsOften) {
            return Approach.WEBSOCKET;
        }
        return serverPushes ? Approach.SSE : Approach.REST;
    }

    /** L17.1, the task board as a hybrid: which approach carries each feature. */
    public static Approach forFeature(Feature feature) {
        return switch (feature) {
            case TASK_MUTATIONS -> decide(false, false);
            case LIVE_TASK_UPDATES -> decide(false, true);
            case PRESENCE, TYPING_INDICATORS, LIVE_CURSORS -> decide(true, true);
        };
    }

    /** L17.2: the best approach still available: WebSocket, then SSE, then long polling, then short polling. */
    public static Approach fallback(Set<Approach> available) {
        return CHAIN.stream().filter(available::contains).findFirst()
                .orElseThrow(() -> new IllegalStateException("No real-time approach is available: " + available));
    }

    /** L17.3: the comparison table's row of one of the four real-time approaches. */
    public static Row compare(Approach approach) {
        return switch (approach) {
            case SHORT_POLLING -> new Row(true, false, false, false);
            case LONG_POLLING -> new Row(false, false, false, false);
            case SSE -> new Row(false, true, false, true);
            case WEBSOCKET -> new Row(false, true, true, false);
            case REST -> throw new IllegalArgumentException("REST is request/response: it pushes nothing");
        };
    }
}
