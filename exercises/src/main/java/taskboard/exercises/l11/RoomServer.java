package taskboard.exercises.l11;

import java.util.Map;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import io.javalin.websocket.WsCloseContext;
import io.javalin.websocket.WsMessageContext;
import taskboard.app.Json;
import taskboard.app.Services;
import tools.jackson.databind.JsonNode;

/**
 * L11: the WebSocket messages of rooms, at {@code /ws}: {@code join} answers {@code joined} (with the
 * viewer count) and tells the others {@code user_joined}; {@code leave} and a disconnect tell them
 * {@code user_left}; the board's events reach its room. The exercises are in {@link Rooms}.
 */
public final class RoomServer extends Plugin<Void> {
    private final Services services;
    private final Rooms rooms = new Rooms();

    public RoomServer(Services services) {
        this.services = services;
    }

    public Rooms rooms() {
        return rooms;
    }

    @Override
    public void onStart(JavalinState state) {
        Runnable unsubscribe = services.delivery().subscribe(event -> rooms.broadcast(event.boardId(), event.json()));
        services.onClose(unsubscribe::run);
        state.routes.ws("/ws", ws -> {
            ws.onMessage(this::message);
            ws.onClose(this::closed);
        });
    }

    private void message(WsMessageContext ctx) {
        JsonNode message = Json.MAPPER.readTree(ctx.message());
        String boardId = message.path("boardId").asString("");
        switch (message.path("type").asString("")) {
            case "join" -> {
                int viewers = rooms.join(boardId, ctx);
                ctx.send(Json.write(Map.of("type", "joined", "boardId", boardId, "viewers", viewers)));
                rooms.broadcastExcept(boardId, announcement("user_joined", boardId, viewers), ctx);
            }
            case "leave" -> {
                int viewers = rooms.leave(boardId, ctx);
                ctx.send(Json.write(Map.of("type", "left", "boardId", boardId)));
                rooms.broadcast(boardId, announcement("user_left", boardId, viewers));
            }
            default -> ctx.send(Json.write(Map.of("error", "Unknown message type")));
        }
    }

    private void closed(WsCloseContext ctx) {
        for (String boardId : rooms.leaveAll(ctx)) {
            rooms.broadcast(boardId, announcement("user_left", boardId, rooms.viewers(boardId)));
        }
    }

    private static String announcement(String type, String boardId, int viewers) {
        return Json.write(Map.of("type", type, "boardId", boardId, "viewers", viewers));
    }
}
