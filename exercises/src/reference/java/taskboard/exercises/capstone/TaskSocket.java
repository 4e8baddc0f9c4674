package taskboard.exercises.capstone;

import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import io.javalin.websocket.WsMessageContext;
import taskboard.app.ApiException;
import taskboard.app.Json;
import taskboard.app.Services;
import taskboard.data.TaskService;
import tools.jackson.databind.JsonNode;

/**
 * Challenge C4: task CRUD over WebSocket at {@code /ws/tasks}, to compare with REST + pub/sub.
 * {@code {"type":"create_task","requestId":"r1","title":...,"listId":...}} and
 * {@code {"type":"move_task","requestId":"r2","taskId":...,"listId":...,"position":0}} are answered
 * {@code {"type":"ack","requestId":...,"task":{...}}} or {@code {"type":"error","requestId":...,"error":...}}
 * (a WebSocket has no status codes, so the request id ties each answer to its request). The change
 * still goes through {@link TaskService}, so every other client hears of it as with REST.
 */
public final class TaskSocket extends Plugin<Void> {
    private final TaskService tasks;

    public TaskSocket(Services services) {
        this.tasks = services.taskService();
    }

    @Override
    public void onStart(JavalinState state) {
        state.routes.ws("/ws/tasks", ws -> ws.onMessage(this::message));
    }

    private void message(WsMessageContext ctx) {
        JsonNode message;
        try {
            message = Json.MAPPER.readTree(ctx.message());
        } catch (RuntimeException e) {
            ctx.send(Json.write(Map.of("type", "error", "error", "Invalid JSON")));
            return;
        }
        String requestId = message.path("requestId").asString("");
        try {
            ctx.send(Json.write(Map.of("type", "ack", "requestId", requestId, "task", handle(message))));
        } catch (ApiException e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("type", "error");
            error.put("requestId", requestId);
            error.put("error", e.getMessage());
            error.put("issues", e.issues());
            ctx.send(Json.write(error));
        }
    }

    /** Carries out one command and returns the task as it now is; throws ApiException when refused. */
    Object handle(JsonNode message) {
        return switch (message.path("type").asString("")) {
            case "create_task" -> tasks.create(new TaskService.NewTask(required(message, "title"), null,
                    required(message, "listId"), null)).task();
            case "move_task" -> tasks.move(required(message, "taskId"), required(message, "listId"),
                    message.path("position").asInt(0)).task();
            default -> throw ApiException.badRequest("Unknown command type '" + message.path("type").asString("") + "'");
        };
    }

    private static String required(JsonNode message, String field) {
        String value = message.path(field).asString("");
        if (value.isBlank()) {
            throw ApiException.invalid(field, "Required");
        }
        return value;
    }
}
