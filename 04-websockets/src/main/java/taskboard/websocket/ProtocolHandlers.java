package taskboard.websocket;

import java.util.OptionalLong;

import taskboard.data.BoardRepository;
import taskboard.websocket.auth.BoardAccess;
import tools.jackson.databind.JsonNode;

/** L10/L11: the messages a signed-in socket sends: ping, join and leave. */
public final class ProtocolHandlers {
    private final Rooms rooms;
    private final BoardRepository boards;
    private final BoardAccess access;

    public ProtocolHandlers(Rooms rooms, BoardRepository boards, BoardAccess access) {
        this.rooms = rooms;
        this.boards = boards;
        this.access = access;
    }

    /** {"type":"ping"} -> {"type":"pong"}: the application-level check a browser script can do. */
    public void ping(Connection connection, JsonNode message) {
        connection.send(Messages.pong());
    }

    /**
     * {"type":"join","boardId":"board-1"[,"lastEventId":42]} -> joined (+ missed events), others get
     * user_joined. A board the user may not see is refused with an error (code 4003); the socket
     * stays open, since it may be in other rooms it is allowed in.
     */
    public void join(Connection connection, JsonNode message) {
        String boardId = message.get("boardId").asString();
        if (!boards.exists(boardId)) {
            connection.send(Messages.error("Board '" + boardId + "' not found", CloseCodes.NOT_FOUND, boardId));
            return;
        }
        if (!access.canSee(connection.user().id(), boardId)) {
            connection.send(Messages.error("Forbidden: you may not see board '" + boardId + "'",
                    CloseCodes.FORBIDDEN, boardId));
            return;
        }
        JsonNode last = message.get("lastEventId");
        rooms.join(connection, boardId, last == null ? OptionalLong.empty() : OptionalLong.of(last.asLong()));
    }

    /** {"type":"leave","boardId":"board-1"} -> left; the others get user_left. */
    public void leave(Connection connection, JsonNode message) {
        String boardId = message.get("boardId").asString();
        if (rooms.leave(connection, boardId)) {
            connection.send(Messages.left(boardId));
        } else {
            connection.send(Messages.error("You have not joined board '" + boardId + "'"));
        }
    }
}
