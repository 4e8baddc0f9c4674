package taskboard.presence;

/**
 * L15: one socket of one user on one board, the unit presence keeps. {@code socketKey} is unique
 * across instances (instance id + socket id), so two servers' entries never collide.
 */
public record PresenceEntry(String boardId, String socketKey, String userId, String name, long joinedAt) {
}
