package taskboard.websocket;

/**
 * L11's announcements: {@code user_joined} / {@code user_left} to everyone else in the room, with
 * the new viewer count. L15's presence replaces this through {@link Rooms#announceWith}.
 */
public final class Announcements implements Rooms.Announcer {
    @Override
    public void joined(Rooms rooms, String boardId, Connection who) {
        rooms.broadcast(boardId, Messages.userJoined(boardId, who.user(), rooms.viewers(boardId)), who);
    }

    @Override
    public void left(Rooms rooms, String boardId, Connection who) {
        rooms.broadcast(boardId, Messages.userLeft(boardId, who.user(), rooms.viewers(boardId)), who);
    }
}
