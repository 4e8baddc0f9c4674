package taskboard.capstone.offline;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

import io.javalin.http.Context;
import io.javalin.http.ContentType;
import tools.jackson.databind.JsonNode;
import taskboard.app.ApiException;
import taskboard.app.Json;
import taskboard.app.RequestBody;
import taskboard.app.Services;
import taskboard.capstone.access.SignedIn;
import taskboard.data.Task;
import taskboard.data.TaskService;
import taskboard.data.TaskService.Change;

/**
 * C3 (offline support) on the REST mutations. The client queues its changes while offline and
 * replays them when it is back; two things make that safe:
 * <ul>
 *   <li>{@code POST /tasks} with an {@code Idempotency-Key}: the first use creates the task, every
 *       replay of the same key gets the original 201 back (with {@code Idempotent-Replayed: true})
 *       and creates nothing;</li>
 *   <li>{@code PATCH /tasks/{id}} and {@code PATCH /tasks/{id}/move} with {@code If-Match: "<version>"}:
 *       refused with 409 and the current task when someone changed it meanwhile.</li>
 * </ul>
 * Both checks run inside the database's write transaction, so check and change are one step.
 */
public final class OfflineSafeTaskHandlers {
    private final Services services;
    private final TaskService tasks;
    private final IdempotencyKeys keys;

    public OfflineSafeTaskHandlers(Services services, IdempotencyKeys keys) {
        this.services = services;
        this.tasks = services.taskService();
        this.keys = keys;
    }

    /** POST /tasks, optionally with Idempotency-Key. */
    public void create(Context ctx) {
        JsonNode body = RequestBody.validated(ctx, "create-task");
        String header = ctx.header("Idempotency-Key");
        if (header == null) {
            respond(ctx, 201, tasks.create(newTask(body)).task());
            return;
        }
        String key = IdempotencyKeys.validKey(header);
        String user = SignedIn.userId(ctx).orElse("");
        String requestHash = IdempotencyKeys.hash(body.toString());
        // The write lock is held from the lookup to the store: a replay racing the original waits for it.
        String answer = services.database().inTransaction(c -> {
            var stored = keys.find(c, user, key);
            if (stored.isPresent()) {
                if (!stored.get().requestHash().equals(requestHash)) {
                    throw new ApiException(422, "Idempotency-Key '" + key + "' was already used for a different"
                            + " task: use a new key for every queued create");
                }
                ctx.header("Idempotent-Replayed", "true");
                return stored.get().response();
            }
            Task created = tasks.create(newTask(body)).task(); // joins this transaction's lock, publishes once
            String response = Json.write(created);
            keys.store(c, user, key, requestHash, created.id(), response);
            ctx.header("ETag", VersionPrecondition.etag(created));
            return response;
        });
        ctx.status(201).contentType(ContentType.APPLICATION_JSON).result(answer);
    }

    /** PATCH /tasks/{id}, optionally with If-Match. */
    public void update(Context ctx) {
        JsonNode body = RequestBody.validated(ctx, "update-task");
        String id = ctx.pathParam("id");
        conditionally(ctx, id, () -> tasks.update(id, new TaskService.TaskPatch(
                text(body, "title"),
                body.has("description"), text(body, "description"),
                body.has("assigneeId"), text(body, "assigneeId"))));
    }

    /** PATCH /tasks/{id}/move, optionally with If-Match. */
    public void move(Context ctx) {
        JsonNode body = RequestBody.validated(ctx, "move-task");
        String id = ctx.pathParam("id");
        conditionally(ctx, id, () -> tasks.move(id, text(body, "listId"), body.get("position").asInt()));
    }

    private void conditionally(Context ctx, String id, Supplier<Change> change) {
        OptionalLong expected = VersionPrecondition.parse(ctx.header("If-Match"));
        try {
            Task task = services.database().inTransaction(c -> {
                // Read on the write connection: this also takes SQLite's write lock, against other instances.
                if (expected.isPresent() && currentVersion(c, id) != expected.getAsLong()) {
                    Task current = services.tasks().find(id).orElseThrow();
                    throw new VersionPrecondition.Conflict(current, expected.getAsLong());
                }
                return change.get().task();
            });
            respond(ctx, 200, task);
        } catch (VersionPrecondition.Conflict conflict) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("error", conflict.getMessage());
            answer.put("task", conflict.current());
            ctx.header("ETag", VersionPrecondition.etag(conflict.current())).status(409).json(answer);
        }
    }

    private static long currentVersion(Connection c, String id) throws SQLException {
        try (var st = c.prepareStatement("SELECT version FROM tasks WHERE id = ?")) {
            st.setString(1, id);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("Task '" + id + "' not found");
                }
                return rs.getLong(1);
            }
        }
    }

    private static void respond(Context ctx, int status, Task task) {
        ctx.header("ETag", VersionPrecondition.etag(task)).status(status).json(task);
    }

    private static TaskService.NewTask newTask(JsonNode body) {
        return new TaskService.NewTask(text(body, "title"), text(body, "description"), text(body, "listId"),
                text(body, "assigneeId"));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
