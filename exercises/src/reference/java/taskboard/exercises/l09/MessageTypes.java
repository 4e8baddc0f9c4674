package taskboard.exercises.l09;

import java.util.Set;

/** L9 exercise 2: the table of the task board's WebSocket messages, and which way each one goes. */
public final class MessageTypes {

    /** Who sends a message type. */
    public enum Direction { CLIENT_TO_SERVER, SERVER_TO_CLIENT }

    private static final Set<String> FROM_CLIENT = Set.of("auth", "join", "leave", "ping", "typing", "stop_typing");
    private static final Set<String> FROM_SERVER = Set.of("joined", "user_joined", "user_left", "presence", "pong",
            "user_typing", "task_created", "task_updated", "task_moved", "task_deleted");

    private MessageTypes() {
    }

    /**
     * The direction of a message type of COURSE.md (L10-L18): join, leave, ping, typing,
     * stop_typing, auth, joined, user_joined, user_left, presence, pong, user_typing and the board
     * events task_created, task_updated, task_moved, task_deleted. Unknown types are refused.
     */
    public static Direction direction(String type) {
        if (FROM_CLIENT.contains(type)) {
            return Direction.CLIENT_TO_SERVER;
        }
        if (FROM_SERVER.contains(type)) {
            return Direction.SERVER_TO_CLIENT;
        }
        throw new IllegalArgumentException("Unknown message type '" + type + "'");
    }
}
