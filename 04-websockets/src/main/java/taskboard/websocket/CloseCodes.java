package taskboard.websocket;

/**
 * L9/L12/L13: the close codes this server uses, and what a client should do after each one.
 * 1000-2999 are RFC 6455's; 4000-4999 are the application's own.
 */
public final class CloseCodes {
    /** Normal close: done, do not reconnect. */
    public static final int NORMAL = 1000;
    /** The server is shutting down: reconnect (with backoff). */
    public static final int GOING_AWAY = 1001;
    /** A message larger than the limit (sent by Jetty itself): fix the client, then reconnect. */
    public static final int MESSAGE_TOO_BIG = 1009;
    /** The server gave up on a peer that stopped reading: reconnect and resume from the last event id. */
    public static final int SLOW_CONSUMER = 1013;
    /** No credentials, an invalid session or an unknown user: sign in again, do not just reconnect. */
    public static final int UNAUTHORIZED = 4001;
    /** The user may not see the board: do not retry. Sent as an error code on a refused join. */
    public static final int FORBIDDEN = 4003;
    /** The board does not exist. Sent as an error code on a join. */
    public static final int NOT_FOUND = 4004;

    private CloseCodes() {
    }

    /** Whether a client should reconnect after the server closed with {@code code}. */
    public static boolean shouldReconnect(int code) {
        return code != NORMAL && code != UNAUTHORIZED && code != FORBIDDEN;
    }
}
