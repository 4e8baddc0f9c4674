package taskboard.capstone.bench;

import java.util.Locale;

/** L17's four ways for a client to hear about a change, as the benchmark opens them. */
public enum Transport {
    SHORT_POLL("short-poll"),
    LONG_POLL("long-poll"),
    SSE("sse"),
    WEBSOCKET("websocket");

    private final String label;

    Transport(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Transport parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (Transport transport : values()) {
            if (transport.label.equals(wanted) || transport.name().toLowerCase(Locale.ROOT).equals(wanted)
                    || (transport == WEBSOCKET && wanted.equals("ws"))) {
                return transport;
            }
        }
        throw new IllegalArgumentException("Unknown transport '" + text + "': use short-poll, long-poll, sse or websocket");
    }
}
