package taskboard.capstone.ui;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import taskboard.app.ApiException;
import taskboard.app.Json;
import taskboard.app.Services;
import taskboard.websocket.Connection;
import taskboard.websocket.MessageHandlers;
import taskboard.websocket.Rooms;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Challenge C1, live cursors: {@code {"type":"cursor","boardId":...,"x":0.42,"y":0.17}} from a
 * socket in the board's room goes to the others in the room as the same message plus who it is.
 * Positions are fractions of the board, so windows of different sizes line up. A cursor is
 * volatile: it is relayed, never stored or replayed; the page throttles it to 20 a second.
 */
public final class CursorsPlugin extends Plugin<Void> {
    private final Services services;
    private Rooms rooms;

    public CursorsPlugin(Services services) {
        this.services = services;
    }

    @Override
    public void onStart(JavalinState state) {
        rooms = services.find(Rooms.class)
                .orElseThrow(() -> new IllegalStateException("CursorsPlugin needs the WebSocket lesson's rooms (L11)"));
        // The WebSocket lesson's shared dispatcher: later lessons add message types, not socket code.
        services.component(MessageHandlers.class, MessageHandlers::new).on("cursor", "ws-cursor", this::cursor);
    }

    private void cursor(Connection connection, JsonNode message) {
        String boardId = message.get("boardId").asString();
        if (!connection.boards().contains(boardId)) {
            throw ApiException.badRequest("Join board '" + boardId + "' before sending cursor positions on it");
        }
        ObjectNode relayed = Json.MAPPER.createObjectNode()
                .put("type", "cursor")
                .put("boardId", boardId)
                .put("userId", connection.user().id())
                .put("name", connection.user().name())
                .put("x", message.get("x").asDouble())
                .put("y", message.get("y").asDouble());
        rooms.broadcast(boardId, Json.write(relayed), connection); // everyone but the sender
    }
}
