package taskboard.events;

/**
 * L2 exercise 3: every operation that must produce a real-time event. Each value is the
 * {@code type} a client sees on every transport.
 */
public enum EventType {
    TASK_CREATED("task_created"),
    TASK_UPDATED("task_updated"),
    TASK_MOVED("task_moved"),
    TASK_DELETED("task_deleted");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
