package taskboard.exercises;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What every unfinished exercise throws: an {@link UnsupportedOperationException} that names the
 * exercise, says what to do and where to read about it. Starters write
 * {@code throw Todo.exercise("7.2", "replay the events after Last-Event-ID", "L7", "03-sse");}.
 *
 * <p>It also remembers what it threw, because some starter code runs on a server thread (a route, a
 * WebSocket handler, an event subscriber) where the exception never reaches the test: the self-checks
 * then still report "not done yet" instead of a puzzling timeout.
 */
public final class Todo {
    private static final List<UnsupportedOperationException> THROWN = new CopyOnWriteArrayList<>();

    private Todo() {
    }

    public static UnsupportedOperationException exercise(String id, String whatToDo, String lesson, String module) {
        UnsupportedOperationException e = new UnsupportedOperationException("Exercise " + id + " not done yet: "
                + whatToDo + " - see COURSE.md " + lesson + " and " + module + "/README.md");
        THROWN.add(e);
        return e;
    }

    /** Everything thrown since the last {@link #forget()}, oldest first. */
    public static List<UnsupportedOperationException> thrown() {
        return List.copyOf(THROWN);
    }

    public static void forget() {
        THROWN.clear();
    }
}
