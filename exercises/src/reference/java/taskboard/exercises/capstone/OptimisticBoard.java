package taskboard.exercises.capstone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import taskboard.app.Json;

/**
 * Challenge C2: optimistic updates. The client moves the card on screen at once (render), then
 * tells the server; if the server refuses, the card goes back where it was (render again). The
 * local state here is task id -> list id, loaded from GET /boards/{boardId}/tasks.
 */
public final class OptimisticBoard {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String baseUrl;
    private final Map<String, String> listOfTask = new LinkedHashMap<>();
    private final Consumer<Map<String, String>> render;

    /** Loads the board; {@code render} is called with a copy of the state after every local change. */
    public OptimisticBoard(String baseUrl, String boardId, Consumer<Map<String, String>> render) {
        this.baseUrl = baseUrl;
        this.render = render;
        String body = send(HttpRequest.newBuilder(URI.create(baseUrl + "/boards/" + boardId + "/tasks")).GET()).body();
        Json.MAPPER.readTree(body).get("data").forEach(task -> listOfTask.put(task.get("id").asString(),
                task.get("listId").asString()));
    }

    public synchronized String listOf(String taskId) {
        return listOfTask.get(taskId);
    }

    private void render() {
        render.accept(Map.copyOf(listOfTask));
    }

    /** PATCH /tasks/{taskId}/move; the response (status and body). */
    private HttpResponse<String> patchMove(String taskId, String listId, int position) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/tasks/" + taskId + "/move"))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                        Json.write(Map.of("listId", listId, "position", position)))));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Moves a task optimistically; true if the server accepted, false if it refused (and the move was undone). */
    public synchronized boolean move(String taskId, String listId, int position) {
        String before = listOfTask.put(taskId, listId);
        render(); // the user sees the card move now, not after the round trip
        int status = patchMove(taskId, listId, position).statusCode();
        if (status / 100 == 2) {
            return true;
        }
        if (before == null) {
            listOfTask.remove(taskId);
        } else {
            listOfTask.put(taskId, before);
        }
        render(); // the server said no: the card goes back
        return false;
    }
}
