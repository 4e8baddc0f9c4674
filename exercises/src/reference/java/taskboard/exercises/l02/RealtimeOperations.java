package taskboard.exercises.l02;

import java.util.Optional;

import taskboard.events.EventType;

/**
 * L2 exercise 3: which REST operations must produce a real-time event, and which event. The answer
 * is 01-setup's {@link EventType}: its wire names are what every transport sends.
 */
public final class RealtimeOperations {
    private RealtimeOperations() {
    }

    /**
     * The board event a request produces: e.g. ("POST", "/tasks") gives "task_created"; a read such as
     * ("GET", "/boards/board-1/tasks") gives nothing.
     */
    public static Optional<String> eventTypeOf(String method, String path) {
        EventType type = switch (method.toUpperCase(java.util.Locale.ROOT)) {
            case "POST" -> path.equals("/tasks") ? EventType.TASK_CREATED : null;
            case "PATCH" -> path.matches("/tasks/[^/]+/move") ? EventType.TASK_MOVED
                    : path.matches("/tasks/[^/]+") ? EventType.TASK_UPDATED : null;
            case "DELETE" -> path.matches("/tasks/[^/]+") ? EventType.TASK_DELETED : null;
            default -> null;
        };
        return Optional.ofNullable(type).map(EventType::wireName);
    }
}
