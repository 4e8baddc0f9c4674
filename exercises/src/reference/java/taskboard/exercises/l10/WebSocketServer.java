package taskboard.exercises.l10;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import io.javalin.websocket.WsCloseContext;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import taskboard.app.Json;
import taskboard.app.Services;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * L10: a WebSocket server at {@code /ws} speaking JSON messages keyed by {@code type}: a welcome on
 * connect, {@code ping} answered by {@code pong}, errors that keep the socket open, and a closed
 * socket forgotten.
 */
public final class WebSocketServer extends Plugin<Void> {
    private final Set<WsContext> sockets = ConcurrentHashMap.newKeySet();

    public WebSocketServer(Services services) {
    }

    /** Sockets open now. */
    public int openSockets() {
        return sockets.size();
    }

    @Override
    public void onStart(JavalinState state) {
        state.routes.ws("/ws", ws -> {
            ws.onConnect(this::connected);
            ws.onMessage(this::message);
            ws.onClose(this::closed);
        });
    }

    private void connected(WsConnectContext ctx) {
        sockets.add(ctx);
        ctx.send(Json.write(Map.of("type", "welcome", "message", "Connected to the task board")));
    }

    private void message(WsMessageContext ctx) {
        JsonNode message = parse(ctx);
        if (message == null) {
            return; // answered already; the socket stays open
        }
        String type = message.path("type").asString("");
        switch (type) {
            case "ping" -> pong(ctx);
            default -> unknown(ctx, type);
        }
    }

    /** The message as JSON; on malformed JSON, answers {"error":"Invalid JSON"} and returns null. */
    JsonNode parse(WsMessageContext ctx) {
        try {
            return Json.MAPPER.readTree(ctx.message());
        } catch (JacksonException e) {
            ctx.send(Json.write(Map.of("error", "Invalid JSON")));
            return null;
        }
    }

    /** Answers {"type":"ping"} with {"type":"pong"}. */
    void pong(WsMessageContext ctx) {
        ctx.send(Json.write(Map.of("type", "pong")));
    }

    /** Answers a type the server does not know with an error that names it. */
    void unknown(WsMessageContext ctx, String type) {
        ctx.send(Json.write(Map.of("error", "Unknown message type: " + type)));
    }

    /** A closed socket (by either side) is forgotten. */
    void closed(WsCloseContext ctx) {
        sockets.remove(ctx);
    }
}
