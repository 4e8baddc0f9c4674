package taskboard.exercises.l02;

import java.util.Optional;

import taskboard.exercises.Todo;

/** L2 exercise 3: which REST operations must produce a real-time event, and which event. */
public final class RealtimeOperations {
    private RealtimeOperations() {
    }

    /**
     * The board event a request produces: e.g. ("POST", "/tasks") gives "task_created"; a read such as
     * ("GET", "/boards/board-1/tasks") gives nothing.
     */
    public static Optional<String> eventTypeOf(String method, String path) {
        // TODO(2.3): map each mutation (create, update, move, delete) to its event type; reads change nothing.
        throw Todo.exercise("2.3", "name the event each REST mutation produces in RealtimeOperations.eventTypeOf",
                "L2", "01-setup");
    }
}
