package taskboard.exercises.l02;

import java.util.List;

import taskboard.exercises.Todo;

/**
 * L2 exercises 1 and 2: use the REST API as a client would, with the JDK's
 * {@code java.net.http.HttpClient} and {@code taskboard.app.Json.MAPPER}.
 */
public final class BoardTour {
    private BoardTour() {
    }

    /** The titles of a board's tasks, in the order GET /boards/{boardId}/tasks returns them. */
    public static List<String> taskTitles(String baseUrl, String boardId) {
        // TODO(2.1): GET baseUrl + /boards/{boardId}/tasks and collect data[].title; fail clearly on a non-200.
        throw Todo.exercise("2.1", "GET /boards/{boardId}/tasks and return the titles in BoardTour.taskTitles", "L2", "01-setup");
    }

    /**
     * Creates a task (POST /tasks) in {@code listId}, moves it (PATCH /tasks/{id}/move) to the top of
     * {@code targetListId}, and returns the new task's id.
     */
    public static String createAndMove(String baseUrl, String title, String listId, String targetListId) {
        // TODO(2.2): POST /tasks {title, listId}, read the id from the 201, then PATCH /tasks/{id}/move {listId, position: 0}.
        throw Todo.exercise("2.2", "create a task with POST /tasks, then PATCH /tasks/{id}/move it in BoardTour.createAndMove",
                "L2", "01-setup");
    }
}
