package taskboard.capstone.commands;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import taskboard.app.ApiException;
import taskboard.app.Json;
import taskboard.app.RequestBody;
import taskboard.app.Services;
import taskboard.capstone.offline.IdempotencyKeys;
import taskboard.capstone.offline.OfflineSafeTaskHandlers;
import taskboard.capstone.offline.OfflineSafeTasks;
import taskboard.data.BoardList;
import taskboard.data.TaskService;
import taskboard.websocket.Connection;
import taskboard.websocket.auth.BoardAccess;

/**
 * C4: task create, update, move and delete sent over the WebSocket instead of REST. Every command
 * carries a {@code requestId}, and every command gets exactly one answer with it: an
 * {@code {"type":"ack",...}} with the task, or an {@code {"error":...,"status":...}} saying why not
 * (400 invalid, 403 not a member, 404 unknown task, 409 stale version, 422 reused key). The change
 * goes through the same {@link OfflineSafeTasks} and {@code TaskService} as REST, so it is published
 * to the same bus and every viewer, the sender included, gets the usual board event.
 */
public final class TaskCommands {
    private final Services services;
    private final OfflineSafeTasks tasks;
    private final BoardAccess access;

    public TaskCommands(Services services, OfflineSafeTasks tasks, BoardAccess access) {
        this.services = services;
        this.tasks = tasks;
        this.access = access;
    }

    /** {@code {"type":"create_task","requestId":"r1","title":...,"listId":...[,"idempotencyKey":...]}} */
    public void create(Connection connection, JsonNode message) {
        answer(connection, message, "capstone-ws-create-task", command -> {
            String listId = command.get("listId").asString();
            services.boards().findList(listId).map(BoardList::boardId).ifPresent(board -> requireMember(connection, board));
            JsonNode key = command.get("idempotencyKey");
            ObjectNode content = (ObjectNode) command.deepCopy();
            content.remove(List.of("type", "requestId", "idempotencyKey"));
            var created = tasks.create(connection.user().id(),
                    key == null ? null : IdempotencyKeys.validKey(key.asString()), content.toString(),
                    OfflineSafeTaskHandlers.newTask(command));
            return ack(message, "create_task").put("replayed", created.replayed())
                    .set("task", Json.MAPPER.readTree(created.json()));
        });
    }

    /** {@code {"type":"update_task","requestId":"r2","taskId":...,"title":...[,"version":3]}} */
    public void update(Connection connection, JsonNode message) {
        answer(connection, message, "capstone-ws-update-task", command -> {
            String taskId = requireTaskMember(connection, command);
            var change = tasks.taskService().update(taskId, OfflineSafeTaskHandlers.patch(command), version(command));
            return ack(message, "update_task").set("task", Json.MAPPER.valueToTree(change.task()));
        });
    }

    /** {@code {"type":"move_task","requestId":"r3","taskId":...,"listId":...,"position":0[,"version":3]}} */
    public void move(Connection connection, JsonNode message) {
        answer(connection, message, "capstone-ws-move-task", command -> {
            String taskId = requireTaskMember(connection, command);
            var change = tasks.taskService().move(taskId, command.get("listId").asString(),
                    command.get("position").asInt(), version(command));
            return ack(message, "move_task").set("task", Json.MAPPER.valueToTree(change.task()));
        });
    }

    /** {@code {"type":"delete_task","requestId":"r4","taskId":...}} */
    public void delete(Connection connection, JsonNode message) {
        answer(connection, message, "capstone-ws-delete-task", command -> {
            String taskId = requireTaskMember(connection, command);
            tasks.taskService().delete(taskId);
            return ack(message, "delete_task").put("taskId", taskId);
        });
    }

    /** Validates, runs, and sends the one answer: the ack, or the error with the request's id. */
    private void answer(Connection connection, JsonNode message, String schema, Function<JsonNode, ObjectNode> run) {
        String type = message.get("type").asString();
        try {
            List<ApiException.Issue> issues = RequestBody.check(message, schema);
            if (!issues.isEmpty()) {
                throw new ApiException(400, "Invalid message", issues);
            }
            connection.send(Json.write(run.apply(message)));
        } catch (TaskService.VersionConflict conflict) {
            connection.send(Json.write(error(message, type, 409, conflict.getMessage())
                    .set("task", Json.MAPPER.valueToTree(conflict.current()))));
        } catch (ApiException refused) {
            ObjectNode error = error(message, type, refused.status(), refused.getMessage());
            if (!refused.issues().isEmpty()) {
                error.set("issues", Json.MAPPER.valueToTree(refused.issues()));
            }
            connection.send(Json.write(error));
        }
    }

    private String requireTaskMember(Connection connection, JsonNode command) {
        String taskId = command.get("taskId").asString();
        String board = services.tasks().boardOf(taskId)
                .orElseThrow(() -> ApiException.notFound("Task '" + taskId + "' not found"));
        requireMember(connection, board);
        return taskId;
    }

    private void requireMember(Connection connection, String boardId) {
        if (!access.canSee(connection.user().id(), boardId)) {
            throw new ApiException(403, "Forbidden: you may not see board '" + boardId + "'");
        }
    }

    private static OptionalLong version(JsonNode command) {
        JsonNode version = command.get("version");
        return version == null ? OptionalLong.empty() : OptionalLong.of(version.asLong());
    }

    private static ObjectNode ack(JsonNode message, String action) {
        return Json.MAPPER.createObjectNode().put("type", "ack").put("requestId", message.get("requestId").asString())
                .put("action", action);
    }

    private static ObjectNode error(JsonNode message, String action, int status, String text) {
        ObjectNode error = Json.MAPPER.createObjectNode().put("error", text)
                .put("requestId", message.get("requestId").asString()).put("action", action).put("status", status);
        if (status == 403) {
            error.put("code", 4003);
        }
        return error;
    }
}
