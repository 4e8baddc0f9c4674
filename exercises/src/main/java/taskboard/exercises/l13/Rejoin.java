package taskboard.exercises.l13;

import java.util.List;

import taskboard.exercises.Todo;

/**
 * L13 exercise 3: what a client remembers so that a reconnect restores it. WebSockets do not
 * reconnect by themselves, and a new socket is in no room: the client rejoins its boards, once
 * each, saying the last event it saw so the server can send what it missed.
 */
public final class Rejoin {

    /** A board the client had joined when its socket was up. */
    public void joined(String boardId) {
        // TODO(13.3): remember the board (once, in join order).
        throw Todo.exercise("13.3", "remember joined boards in Rejoin.joined", "L13", "04-websockets");
    }

    public void left(String boardId) {
        // TODO(13.3): forget the board.
        throw Todo.exercise("13.3", "forget left boards in Rejoin.left", "L13", "04-websockets");
    }

    /** The client saw event {@code eventId} of a board. */
    public void saw(String boardId, long eventId) {
        // TODO(13.3): keep the highest id seen per board.
        throw Todo.exercise("13.3", "keep the last event id per board in Rejoin.saw", "L13", "04-websockets");
    }

    /**
     * The messages to send on the new socket: one
     * {@code {"type":"join","boardId":...,"lastEventId":N}} per joined board, in join order
     * (lastEventId 0 when it saw none).
     */
    public List<String> messagesAfterReconnect() {
        // TODO(13.3): one join per remembered board, with its last seen event id.
        throw Todo.exercise("13.3", "build the rejoin messages in Rejoin.messagesAfterReconnect", "L13", "04-websockets");
    }
}
