package taskboard.presence;

/** A user viewing a board, however many sockets (tabs, devices, instances) they have open on it. */
public record Viewer(String userId, String name) {
}
