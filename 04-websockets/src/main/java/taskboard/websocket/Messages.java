package taskboard.websocket;

import java.util.List;

import taskboard.app.ApiException;
import taskboard.app.Json;
import taskboard.data.User;
import taskboard.events.BoardEvent;
import tools.jackson.databind.node.ObjectNode;

/**
 * L10/L11: every message the server sends, in one place. Messages are JSON objects keyed by
 * {@code type}; errors are {@code {"error": "..."}} like REST's, so a client checks {@code error}
 * first and then switches on {@code type}.
 */
public final class Messages {
    private Messages() {
    }

    /** The welcome: who the socket is signed in as. */
    public static String connected(User user) {
        return write(typed("connected").put("userId", user.id()).put("name", user.name()));
    }

    public static String pong() {
        return write(typed("pong"));
    }

    /** To the joiner: the room's size and the newest event id it is now up to date with. */
    public static String joined(String boardId, int viewers, long lastEventId) {
        return write(typed("joined").put("boardId", boardId).put("viewers", viewers).put("lastEventId", lastEventId));
    }

    public static String left(String boardId) {
        return write(typed("left").put("boardId", boardId));
    }

    /** To the others in the room. */
    public static String userJoined(String boardId, User user, int viewers) {
        return write(typed("user_joined").put("boardId", boardId).put("userId", user.id())
                .put("name", user.name()).put("viewers", viewers));
    }

    public static String userLeft(String boardId, User user, int viewers) {
        return write(typed("user_left").put("boardId", boardId).put("userId", user.id())
                .put("name", user.name()).put("viewers", viewers));
    }

    /** The events after lastEventId are no longer kept: refetch the board over REST, then carry on live. */
    public static String resync(String boardId, long lastEventId) {
        return write(typed("resync").put("boardId", boardId).put("lastEventId", lastEventId)
                .put("reason", "Events after your lastEventId are no longer kept: fetch the board again"));
    }

    /**
     * A board event as SSE sends it, plus its id: {@code {"type":"task_moved",...,"eventId":43}}.
     * Built once per event, never per socket.
     */
    public static String event(BoardEvent event) {
        String json = event.json();
        return json.substring(0, json.lastIndexOf('}')) + ",\"eventId\":" + event.id() + "}";
    }

    /** {@code {"error":"Invalid JSON"}} and the like. */
    public static String error(String message) {
        return write(Json.MAPPER.createObjectNode().put("error", message));
    }

    /** An error about one board with a code, e.g. a refused join: {@code {"error":...,"code":4003,"boardId":...}}. */
    public static String error(String message, int code, String boardId) {
        return write(Json.MAPPER.createObjectNode().put("error", message).put("code", code).put("boardId", boardId));
    }

    /** A message that breaks its schema: which message, and what is wrong with it. */
    public static String invalid(String messageType, List<ApiException.Issue> issues) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("error", "Invalid message");
        if (messageType != null) {
            node.put("messageType", messageType);
        }
        node.set("issues", Json.MAPPER.valueToTree(issues));
        return write(node);
    }

    private static ObjectNode typed(String type) {
        return Json.MAPPER.createObjectNode().put("type", type);
    }

    private static String write(ObjectNode node) {
        return Json.write(node);
    }
}
