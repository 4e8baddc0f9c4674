package taskboard.rest;

import java.util.Map;

import io.javalin.http.Context;
import tools.jackson.databind.JsonNode;
import taskboard.app.RequestBody;
import taskboard.data.TaskService;
import taskboard.data.TaskService.NewTask;
import taskboard.data.TaskService.TaskPatch;

/** L2: the task mutations. Each validates its body against a schema, then calls {@link TaskService}. */
public final class TaskHandlers {
    private final TaskService tasks;

    public TaskHandlers(TaskService tasks) {
        this.tasks = tasks;
    }

    /** POST /tasks {title, description?, listId, assigneeId?} -> 201 with the task (at the end of its list). */
    public void create(Context ctx) {
        JsonNode body = RequestBody.validated(ctx, "create-task");
        var change = tasks.create(new NewTask(
                text(body, "title"), text(body, "description"), text(body, "listId"), text(body, "assigneeId")));
        ctx.status(201).json(change.task());
    }

    /** PATCH /tasks/{id} {title?, description?, assigneeId?} -> 200 with the task. */
    public void update(Context ctx) {
        JsonNode body = RequestBody.validated(ctx, "update-task");
        var change = tasks.update(ctx.pathParam("id"), new TaskPatch(
                text(body, "title"),
                body.has("description"), text(body, "description"),
                body.has("assigneeId"), text(body, "assigneeId")));
        ctx.json(change.task());
    }

    /** PATCH /tasks/{id}/move {listId, position} -> 200 with the task at its new place. */
    public void move(Context ctx) {
        JsonNode body = RequestBody.validated(ctx, "move-task");
        var change = tasks.move(ctx.pathParam("id"), text(body, "listId"), body.get("position").asInt());
        ctx.json(change.task());
    }

    /** DELETE /tasks/{id} -> 204. */
    public void delete(Context ctx) {
        tasks.delete(ctx.pathParam("id"));
        ctx.status(204);
    }

    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    static Map<String, Object> data(Object data) {
        return Map.of("data", data);
    }
}
