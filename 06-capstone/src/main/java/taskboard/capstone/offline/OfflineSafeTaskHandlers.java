package taskboard.capstone.offline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import tools.jackson.databind.JsonNode;
import taskboard.app.RequestBody;
import taskboard.capstone.access.SignedIn;
import taskboard.data.Task;
import taskboard.data.TaskService;
import taskboard.data.TaskService.Change;

/**
 * C3 (offline support) on the REST mutations. The client queues its changes while offline and
 * replays them when it is back; two headers make that safe:
 * <ul>
 *   <li>{@code POST /tasks} with {@code Idempotency-Key}: the first use creates the task, every
 *       replay of the same key gets the original 201 back (with {@code Idempotent-Replayed: true})
 *       and creates nothing;</li>
 *   <li>{@code PATCH /tasks/{id}} and {@code PATCH /tasks/{id}/move} with {@code If-Match: "<version>"}:
 *       refused with 409 and the current task when someone changed it meanwhile.</li>
 * </ul>
 * Without the headers they answer exactly as L2's handlers do.
 */
public final class OfflineSafeTaskHandlers {
    private final OfflineSafeTasks tasks;

    public OfflineSafeTaskHandlers(OfflineSafeTasks tasks) {
        this.tasks = tasks;
    }

    /** POST /tasks, optionally with Idempotency-Key. */
    public void create(Context ctx) {
        JsonNode body = RequestBody.validated(ctx, "create-task");
        String header = ctx.header("Idempotency-Key");
        String key = header == null ? null : IdempotencyKeys.validKey(header);
        var created = tasks.create(SignedIn.userId(ctx).orElse(""), key, body.toString(), newTask(body));
        if (created.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        ctx.status(201).contentType(ContentType.APPLICATION_JSON).result(created.json());
    }

    /** PATCH /tasks/{id}, optionally with If-Match. */
    public void update(Context ctx) {
        JsonNode body = RequestBody.validated(ctx, "update-task");
        String id = ctx.pathParam("id");
        conditionally(ctx, expected -> tasks.taskService().update(id, patch(body), expected));
    }

    /** PATCH /tasks/{id}/move, optionally with If-Match. */
    public void move(Context ctx) {
        JsonNode body = RequestBody.validated(ctx, "move-task");
        String id = ctx.pathParam("id");
        conditionally(ctx, expected -> tasks.taskService().move(id, text(body, "listId"), body.get("position").asInt(),
                expected));
    }

    private void conditionally(Context ctx, Function<OptionalLong, Change> change) {
        OptionalLong expected = VersionPrecondition.parse(ctx.header("If-Match"));
        try {
            Task task = change.apply(expected).task();
            ctx.header("ETag", VersionPrecondition.etag(task)).json(task);
        } catch (TaskService.VersionConflict conflict) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("error", conflict.getMessage() + ". Apply your change to the current task and send If-Match: "
                    + VersionPrecondition.etag(conflict.current()));
            answer.put("task", conflict.current());
            ctx.header("ETag", VersionPrecondition.etag(conflict.current())).status(409).json(answer);
        }
    }

    /** The fields of a create, read from a body already valid against create-task. */
    public static TaskService.NewTask newTask(JsonNode body) {
        return new TaskService.NewTask(text(body, "title"), text(body, "description"), text(body, "listId"),
                text(body, "assigneeId"));
    }

    /** The fields of an update, read from a body already valid against update-task. */
    public static TaskService.TaskPatch patch(JsonNode body) {
        return new TaskService.TaskPatch(text(body, "title"), body.has("description"), text(body, "description"),
                body.has("assigneeId"), text(body, "assigneeId"));
    }

    public static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
