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
import taskboard.exercises.Todo;
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
        // TODO(C4): switch on type: create_task -> tasks.create(new TaskService.NewTask(title, null, listId, null)),
        //           move_task -> tasks.move(taskId, listId, position); return change.task(); an unknown type or a
        //           missing field is ApiException.badRequest(...).
        throw Todo.exercise("C4", "carry out create_task and move_task in TaskSocket.handle", "L18", "06-capstone");
    }
}
