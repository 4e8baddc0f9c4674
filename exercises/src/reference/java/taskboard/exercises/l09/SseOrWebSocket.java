package taskboard.exercises.l09;

import java.util.Set;

/** L9 exercise 3: what SSE cannot do that WebSockets can, and the reverse. */
public final class SseOrWebSocket {

    /** Things a real-time transport may or may not do by itself. */
    public enum Capability {
        /** The client sends messages on the same connection. */
        CLIENT_SENDS_ON_THE_SAME_CONNECTION,
        /** Binary frames, not only text. */
        BINARY_MESSAGES,
        /** The browser reconnects by itself after a drop. */
        RECONNECTS_BY_ITSELF,
        /** The browser resumes from the last event it saw (Last-Event-ID). */
        RESUMES_FROM_LAST_EVENT_ID,
        /** Plain HTTP: proxies, HTTP/2 multiplexing and cookies work unchanged. */
        PLAIN_HTTP_RESPONSE,
        /** The server pushes messages without being asked. */
        SERVER_PUSH
    }

    private SseOrWebSocket() {
    }

    /** What WebSockets do that SSE cannot. */
    public static Set<Capability> onlyWebSocket() {
        return Set.of(Capability.CLIENT_SENDS_ON_THE_SAME_CONNECTION, Capability.BINARY_MESSAGES);
    }

    /** What SSE does that WebSockets do not (by themselves). */
    public static Set<Capability> onlySse() {
        return Set.of(Capability.RECONNECTS_BY_ITSELF, Capability.RESUMES_FROM_LAST_EVENT_ID,
                Capability.PLAIN_HTTP_RESPONSE);
    }
}
