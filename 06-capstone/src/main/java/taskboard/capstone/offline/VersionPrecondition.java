package taskboard.capstone.offline;

import java.util.OptionalLong;

import taskboard.app.ApiException;
import taskboard.data.Task;

/**
 * C3: {@code If-Match: "<version>"} on an update or a move says which version of the task the
 * client saw. When the task changed meanwhile (someone else moved it while this client was
 * offline), the change is refused with 409 and the current task, and the client resolves the
 * conflict against it instead of silently overwriting. The check itself is
 * {@link taskboard.data.TaskService}'s, inside the change's transaction.
 */
public final class VersionPrecondition {

    private VersionPrecondition() {
    }

    /** The version an If-Match header names; empty for no header or {@code *} (any version). */
    public static OptionalLong parse(String ifMatch) {
        if (ifMatch == null || ifMatch.trim().equals("*")) {
            return OptionalLong.empty();
        }
        String value = ifMatch.trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version >= 1) {
                return OptionalLong.of(version);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("If-Match must be the task's version as the client saw it, in quotes,"
                + " e.g. If-Match: \"3\" (the task JSON's \"version\" field); got '" + ifMatch + "'");
    }

    /** The ETag of a task: its version in quotes, what If-Match sends back. */
    public static String etag(Task task) {
        return "\"" + task.version() + "\"";
    }
}
