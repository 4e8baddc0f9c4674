package taskboard.presence;

import java.util.List;

import taskboard.app.Json;
import taskboard.data.User;
import taskboard.websocket.Messages;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** L15's messages. {@code user_joined} / {@code user_left} keep L11's shape, counted in users now. */
final class PresenceMessages {
    private PresenceMessages() {
    }

    /** To the joiner: {"type":"presence","boardId":...,"viewers":[{userId,name},...]} */
    static String presence(String boardId, List<Viewer> viewers) {
        ObjectNode node = typed("presence", boardId);
        ArrayNode list = node.putArray("viewers");
        viewers.forEach(v -> list.addObject().put("userId", v.userId()).put("name", v.name()));
        return Json.write(node);
    }

    static String userJoined(String boardId, Viewer viewer, int viewers) {
        return Messages.userJoined(boardId, asUser(viewer), viewers);
    }

    static String userLeft(String boardId, Viewer viewer, int viewers) {
        return Messages.userLeft(boardId, asUser(viewer), viewers);
    }

    static String userTyping(String boardId, Viewer who, String taskId) {
        return typing("user_typing", boardId, who, taskId);
    }

    static String userStoppedTyping(String boardId, Viewer who, String taskId) {
        return typing("user_stopped_typing", boardId, who, taskId);
    }

    private static String typing(String type, String boardId, Viewer who, String taskId) {
        ObjectNode node = typed(type, boardId).put("userId", who.userId()).put("name", who.name());
        if (taskId != null) {
            node.put("taskId", taskId);
        }
        return Json.write(node);
    }

    private static ObjectNode typed(String type, String boardId) {
        return Json.MAPPER.createObjectNode().put("type", type).put("boardId", boardId);
    }

    private static User asUser(Viewer viewer) {
        return new User(viewer.userId(), viewer.name(), null);
    }
}
