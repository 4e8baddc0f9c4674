package taskboard.exercises.testing;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;

/**
 * Makes a failing self-check teach: every failure starts with the exercise and where the course
 * and the checkpoint explain it, e.g. "Exercise 7.2 (COURSE.md L7, see 03-sse/README.md): ...", and
 * a starter's {@code UnsupportedOperationException} becomes "not done yet: what to do".
 */
public final class ExerciseFailures implements BeforeEachCallback, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

    /** Which checkpoint module teaches each lesson (COURSE.md's table). */
    public static final Map<String, String> MODULES = Map.ofEntries(
            Map.entry("L1", "01-setup"), Map.entry("L2", "01-setup"),
            Map.entry("L3", "02-polling"), Map.entry("L4", "02-polling"),
            Map.entry("L5", "03-sse"), Map.entry("L6", "03-sse"), Map.entry("L7", "03-sse"), Map.entry("L8", "03-sse"),
            Map.entry("L9", "04-websockets"), Map.entry("L10", "04-websockets"), Map.entry("L11", "04-websockets"),
            Map.entry("L12", "04-websockets"), Map.entry("L13", "04-websockets"),
            Map.entry("L14", "05-patterns"), Map.entry("L15", "05-patterns"), Map.entry("L16", "05-patterns"),
            Map.entry("L17", "06-capstone"), Map.entry("L18", "06-capstone"));

    @Override
    public void beforeEach(ExtensionContext context) {
        NotDoneYet.forget();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw teach(context, failure);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw teach(context, failure);
    }

    static Throwable teach(ExtensionContext context, Throwable failure) {
        String exercise = tag(context, "ex").orElse("?");
        String lesson = tag(context, "L").orElse("?");
        String prefix = "Exercise " + exercise + " (COURSE.md " + lesson + ", see "
                + MODULES.getOrDefault(lesson, "the checkpoint") + "/README.md): ";
        Optional<Throwable> todo = NotDoneYet.in(failure);
        String message;
        if (todo.isPresent()) {
            message = notDone(exercise, todo.get().getMessage());
        } else if (NotDoneYet.any()) {
            message = notDone(exercise, NotDoneYet.first().orElseThrow())
                    + " (thrown by your code on a server thread; the test saw: " + failure.getMessage() + ")";
        } else if (failure instanceof AssertionFailedError assertion && assertion.isExpectedDefined()) {
            return new AssertionFailedError(prefix + assertion.getMessage(),
                    assertion.getExpected().getValue(), assertion.getActual().getValue(), failure);
        } else if (failure instanceof AssertionError) {
            message = failure.getMessage();
        } else {
            message = "your code threw " + failure;
        }
        return new AssertionFailedError(prefix + message, failure);
    }

    /** "not done yet: ...", or which earlier exercise of the lesson this one needs first. */
    private static String notDone(String exercise, String todoMessage) {
        String own = "Exercise " + exercise + " not done yet: ";
        if (todoMessage.startsWith(own)) {
            return "not done yet: " + todoMessage.substring(own.length());
        }
        return "not done yet: this check also needs " + todoMessage;
    }

    private static Optional<String> tag(ExtensionContext context, String prefix) {
        return context.getTags().stream()
                .filter(t -> t.startsWith(prefix) && t.length() > prefix.length()
                        && (Character.isDigit(t.charAt(prefix.length())) || t.charAt(prefix.length()) == 'C'))
                .map(t -> prefix.equals("ex") ? t.substring(2) : t)
                .findFirst();
    }
}
