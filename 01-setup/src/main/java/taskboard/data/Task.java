package taskboard.data;

/**
 * A task as the wire contract names it (camelCase JSON). {@code version} starts at 1 and grows with
 * every change, so a client can tell which copy of a task is newer.
 */
public record Task(
        String id,
        String listId,
        String title,
        String description,
        String assigneeId,
        int position,
        long version,
        String createdAt,
        String updatedAt) {
}
