package taskboard.exercises.l09;

import taskboard.exercises.Todo;

/** L9 exercise 2: the table of the task board's WebSocket messages, and which way each one goes. */
public final class MessageTypes {

    /** Who sends a message type. */
    public enum Direction { CLIENT_TO_SERVER, SERVER_TO_CLIENT }

    private MessageTypes() {
    }

    /**
     * The direction of a message type of COURSE.md (L10-L18): join, leave, ping, typing,
     * stop_typing, auth, joined, user_joined, user_left, presence, pong, user_typing and the board
     * events task_created, task_updated, task_moved, task_deleted. Unknown types are refused.
     */
    public static Direction direction(String type) {
        // TODO(9.2): what the client asks for goes CLIENT_TO_SERVER; answers, announcements and board events come back.
        throw Todo.exercise("9.2", "say which way each message type goes in MessageTypes.direction", "L9", "04-websockets");
    }
}
