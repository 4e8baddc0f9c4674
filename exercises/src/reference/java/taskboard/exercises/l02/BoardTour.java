package taskboard.exercises.l02;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import taskboard.app.Json;
import tools.jackson.databind.JsonNode;

/**
 * L2 exercises 1 and 2: use the REST API as a client would, with the JDK's
 * {@code java.net.http.HttpClient} and {@code taskboard.app.Json.MAPPER}.
 */
public final class BoardTour {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private BoardTour() {
    }

    /** The titles of a board's tasks, in the order GET /boards/{boardId}/tasks returns them. */
    public static List<String> taskTitles(String baseUrl, String boardId) {
        JsonNode body = call("GET", baseUrl + "/boards/" + boardId + "/tasks", null, 200);
        List<String> titles = new ArrayList<>();
        body.get("data").forEach(task -> titles.add(task.get("title").asString()));
        return titles;
    }

    /**
     * Creates a task (POST /tasks) in {@code listId}, moves it (PATCH /tasks/{id}/move) to the top of
     * {@code targetListId}, and returns the new task's id.
     */
    public static String createAndMove(String baseUrl, String title, String listId, String targetListId) {
        JsonNode created = call("POST", baseUrl + "/tasks", Map.of("title", title, "listId", listId), 201);
        String id = created.get("id").asString();
        call("PATCH", baseUrl + "/tasks/" + id + "/move", Map.of("listId", targetListId, "position", 0), 200);
        return id;
    }

    private static JsonNode call(String method, String url, Object body, int expectedStatus) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(method + " " + url + " answered " + response.statusCode()
                        + " " + response.body() + ", expected " + expectedStatus);
            }
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
