package taskboard.websocket;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import taskboard.app.ApiException;
import taskboard.app.Json;
import taskboard.app.RequestBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * L10: routes each incoming message by its {@code type} to a handler, after checking it against
 * the type's JSON Schema. Bad input is answered, never fatal: invalid JSON, a missing field or an
 * unknown type each get an error and the socket stays open. Later lessons add types here
 * ({@code typing} in L15) instead of editing the socket code.
 */
public final class MessageHandlers {
    private static final Logger log = LoggerFactory.getLogger(MessageHandlers.class);

    /** Handles one valid message of one type. May throw {@link ApiException}: its message is sent back. */
    @FunctionalInterface
    public interface Handler {
        void handle(Connection connection, JsonNode message);
    }

    private record Entry(String schema, Handler handler, boolean beforeAuth) {
    }

    private final Map<String, Entry> handlers = new ConcurrentHashMap<>();
    private volatile Consumer<Connection> unauthenticated = c -> c.close(CloseCodes.UNAUTHORIZED, "Unauthorized");

    /** Routes {@code type} to {@code handler} once the socket is signed in; {@code schema} names a file in /schemas. */
    public MessageHandlers on(String type, String schema, Handler handler) {
        handlers.put(type, new Entry(schema, handler, false));
        return this;
    }

    /** Like {@link #on}, for a type a socket may send before it has authenticated ({@code auth}). */
    public MessageHandlers beforeAuth(String type, String schema, Handler handler) {
        handlers.put(type, new Entry(schema, handler, true));
        return this;
    }

    /** What happens to a socket that sends anything else before authenticating (default: close 4001). */
    public void whenUnauthenticated(Consumer<Connection> action) {
        this.unauthenticated = action;
    }

    public void dispatch(Connection connection, String text) {
        JsonNode message;
        try {
            message = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            connection.send(Messages.error("Invalid JSON"));
            return;
        }
        if (message == null || message.isMissingNode()) {
            connection.send(Messages.error("Invalid JSON"));
            return;
        }
        List<ApiException.Issue> issues = RequestBody.check(message, "ws-message");
        if (!issues.isEmpty()) {
            connection.send(Messages.invalid(null, issues));
            return;
        }
        String type = message.get("type").asString();
        Entry entry = handlers.get(type);
        if (!connection.authenticated() && (entry == null || !entry.beforeAuth())) {
            unauthenticated.accept(connection);
            return;
        }
        if (entry == null) {
            connection.send(Messages.error("Unknown message type: " + type));
            return;
        }
        issues = RequestBody.check(message, entry.schema());
        if (!issues.isEmpty()) {
            connection.send(Messages.invalid(type, issues));
            return;
        }
        try {
            entry.handler().handle(connection, message);
        } catch (ApiException e) {
            connection.send(Messages.error(e.getMessage()));
        } catch (RuntimeException e) {
            log.error("Handling a '{}' message of {} failed", type, connection, e);
            connection.send(Messages.error("Internal error while handling '" + type + "'"));
        }
    }
}
