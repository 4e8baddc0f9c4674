package taskboard.app;

import java.util.List;

/**
 * A refusal the client caused, answered as {@code {"error": message, "issues": [...]}} with the
 * given status. Thrown anywhere below a handler; {@link ErrorHandling} turns it into the response.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One problem with the request body: where ({@code path}, e.g. "title") and what. */
    public record Issue(String path, String message) {
    }

    private final int status;
    private final transient List<Issue> issues;

    public ApiException(int status, String message, List<Issue> issues) {
        super(message);
        this.status = status;
        this.issues = List.copyOf(issues);
    }

    public ApiException(int status, String message) {
        this(status, message, List.of());
    }

    public int status() {
        return status;
    }

    public List<Issue> issues() {
        return issues;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /** A 400 that names one field, e.g. {@code invalid("listId", "Unknown list 'list-x'")}. */
    public static ApiException invalid(String path, String message) {
        return new ApiException(400, "Validation failed", List.of(new Issue(path, message)));
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }
}
