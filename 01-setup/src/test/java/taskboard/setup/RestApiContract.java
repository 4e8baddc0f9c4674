package taskboard.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import taskboard.app.Stage;
import taskboard.events.BoardEvent;
import taskboard.testing.Http;
import taskboard.testing.TestServer;

/**
 * L2's REST contract and its exercises. Written once, run against 01-setup (RestApiIT) and against
 * every later checkpoint, which must keep it.
 */
@Timeout(30)
public abstract class RestApiContract {
    protected TestServer server;
    protected Http http;

    /** The checkpoint under test. */
    protected abstract Stage stage();

    @BeforeEach
    void startServer() {
        server = TestServer.start(stage());
        http = server.http();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void health_answers_ok() {
        var response = http.get("/health");
        assertEquals(200, response.status(), response.body());
        assertEquals("ok", response.json().get("status").asString());
    }

    @Test
    void exercise_2_1_lists_board_1_tasks_in_list_then_task_order() {
        var response = http.get("/boards/board-1/tasks");
        assertEquals(200, response.status(), response.body());
        assertEquals(List.of("task-1", "task-2", "task-3", "task-4"), ids(response.json().get("data")));
        JsonNode first = response.json().get("data").get(0);
        assertEquals("Design login page", first.get("title").asString());
        assertEquals("list-todo", first.get("listId").asString());
        assertEquals("user-alice", first.get("assigneeId").asString());
        assertEquals(0, first.get("position").asInt());
        assertTrue(first.has("createdAt") && first.has("updatedAt") && first.has("description"), first.toString());
    }

    @Test
    void lists_boards() {
        JsonNode boards = http.get("/boards").json().get("data");
        assertEquals("board-1", boards.get(0).get("id").asString());
        assertEquals("Sprint 12", boards.get(0).get("name").asString());
    }

    @Test
    void exercise_2_2_creates_a_task_and_moves_it_to_another_list() {
        var created = http.post("/tasks", json("title", "Write tests", "listId", "list-todo", "assigneeId", "user-bob"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().get("id").asString();
        assertEquals(2, created.json().get("position").asInt(), "a new task goes to the end of its list");

        var moved = http.patch("/tasks/" + id + "/move", json("listId", "list-done", "position", 0));
        assertEquals(200, moved.status(), moved.body());
        assertEquals("list-done", moved.json().get("listId").asString());
        assertEquals(0, moved.json().get("position").asInt());

        JsonNode tasks = http.get("/boards/board-1/tasks").json().get("data");
        assertEquals(List.of("task-1", "task-2", "task-3", id, "task-4"), ids(tasks));
        assertEquals(1, find(tasks, "task-4").get("position").asInt(), "the task it displaced moved down");
    }

    @Test
    void updates_title_description_and_assignee() {
        var updated = http.patch("/tasks/task-1", json("title", "Design sign-in page", "description", "Use the new logo",
                "assigneeId", "user-bob"));
        assertEquals(200, updated.status(), updated.body());
        assertEquals("Design sign-in page", updated.json().get("title").asString());
        assertEquals("Use the new logo", updated.json().get("description").asString());
        assertEquals("user-bob", updated.json().get("assigneeId").asString());
        assertEquals(2, updated.json().get("version").asInt());

        var cleared = http.patch("/tasks/task-1", "{\"description\":null}");
        assertEquals(200, cleared.status(), cleared.body());
        assertTrue(cleared.json().get("description").isNull());
        assertEquals("Design sign-in page", cleared.json().get("title").asString(), "fields not sent are kept");
    }

    @Test
    void deletes_a_task_and_closes_the_gap() {
        var deleted = http.delete("/tasks/task-1");
        assertEquals(204, deleted.status(), deleted.body());
        JsonNode tasks = http.get("/boards/board-1/tasks").json().get("data");
        assertEquals(List.of("task-2", "task-3", "task-4"), ids(tasks));
        assertEquals(0, find(tasks, "task-2").get("position").asInt());
        assertEquals(404, http.delete("/tasks/task-1").status(), "a second delete finds nothing");
    }

    @Test
    void exercise_2_3_every_mutation_produces_its_board_event_in_order() {
        List<BoardEvent> events = new CopyOnWriteArrayList<>();
        server.services().delivery().subscribe(events::add);

        String id = http.post("/tasks", json("title", "Evented", "listId", "list-todo")).json().get("id").asString();
        http.patch("/tasks/" + id, json("title", "Evented twice"));
        http.patch("/tasks/" + id + "/move", json("listId", "list-progress", "position", 0));
        http.delete("/tasks/" + id);

        assertEquals(List.of("task_created", "task_updated", "task_moved", "task_deleted"),
                events.stream().map(BoardEvent::type).toList());
        for (int i = 1; i < events.size(); i++) {
            assertEquals(events.get(i - 1).id() + 1, events.get(i).id(), "ids grow by one per board");
        }
        JsonNode moved = taskboard.app.Json.MAPPER.readTree(events.get(2).json());
        assertEquals("task_moved", moved.get("type").asString());
        assertEquals("list-progress", moved.get("task").get("listId").asString());
        JsonNode deleted = taskboard.app.Json.MAPPER.readTree(events.get(3).json());
        assertEquals(id, deleted.get("taskId").asString());
        assertEquals("board-1", deleted.get("boardId").asString());
    }

    @Test
    void a_move_past_the_end_goes_to_the_end() {
        var moved = http.patch("/tasks/task-1/move", json("listId", "list-done", "position", 99));
        assertEquals(200, moved.status(), moved.body());
        assertEquals(1, moved.json().get("position").asInt());
    }

    @Test
    void malformed_json_is_400_invalid_json() {
        var response = http.post("/tasks", "{\"title\": ");
        assertEquals(400, response.status(), response.body());
        assertEquals("Invalid JSON", response.json().get("error").asString());
        assertEquals(4, taskCount(), "nothing was created");
    }

    @Test
    void wrong_types_and_missing_fields_list_every_issue() {
        var response = http.post("/tasks", "{\"title\": 42, \"assigneeId\": 7}");
        assertEquals(400, response.status(), response.body());
        List<String> paths = new ArrayList<>();
        response.json().get("issues").forEach(issue -> {
            paths.add(issue.get("path").asString());
            assertFalse(issue.get("message").asString().isBlank());
        });
        assertTrue(paths.containsAll(List.of("title", "listId", "assigneeId")), paths.toString());
    }

    @Test
    void title_must_be_1_to_500_characters() {
        var empty = http.post("/tasks", json("title", "", "listId", "list-todo"));
        assertEquals(400, empty.status(), empty.body());
        assertEquals("title", empty.json().get("issues").get(0).get("path").asString());
        var tooLong = http.post("/tasks", json("title", "x".repeat(501), "listId", "list-todo"));
        assertEquals(400, tooLong.status(), tooLong.body());
        var longest = http.post("/tasks", json("title", "x".repeat(500), "listId", "list-todo"));
        assertEquals(201, longest.status(), longest.body());
    }

    @Test
    void position_must_be_an_integer_of_at_least_zero() {
        for (String position : List.of("-1", "1.5", "\"2\"", "null")) {
            var response = http.patch("/tasks/task-1/move", "{\"listId\":\"list-done\",\"position\":" + position + "}");
            assertEquals(400, response.status(), position + " -> " + response.body());
            assertEquals("position", response.json().get("issues").get(0).get("path").asString());
        }
        assertEquals("list-todo", http.get("/boards/board-1/tasks").json().get("data").get(0).get("listId").asString());
    }

    @Test
    void unknown_fields_are_refused_by_name() {
        var response = http.post("/tasks", json("title", "x", "listId", "list-todo", "titel", "typo"));
        assertEquals(400, response.status(), response.body());
        assertEquals("titel", response.json().get("issues").get(0).get("path").asString());
    }

    @Test
    void unknown_task_is_404_for_update_move_and_delete() {
        for (var response : List.of(
                http.patch("/tasks/task-404", json("title", "x")),
                http.patch("/tasks/task-404/move", json("listId", "list-done", "position", 0)),
                http.delete("/tasks/task-404"))) {
            assertEquals(404, response.status(), response.body());
            assertTrue(response.json().get("error").asString().contains("task-404"), response.body());
        }
    }

    @Test
    void unknown_list_or_assignee_is_400_naming_the_id() {
        var list = http.post("/tasks", json("title", "x", "listId", "list-nowhere"));
        assertEquals(400, list.status(), list.body());
        assertEquals("listId", list.json().get("issues").get(0).get("path").asString());
        assertTrue(list.body().contains("list-nowhere"), list.body());

        var user = http.post("/tasks", json("title", "x", "listId", "list-todo", "assigneeId", "user-zed"));
        assertEquals(400, user.status(), user.body());
        assertTrue(user.body().contains("user-zed"), user.body());
        assertEquals(4, taskCount(), "nothing was created");
    }

    @Test
    void moving_a_task_to_a_list_of_another_board_is_400() {
        server.services().boards().create("board-2", "Other board", List.of("Backlog"));
        var response = http.patch("/tasks/task-1/move", json("listId", "board-2-list-0", "position", 0));
        assertEquals(400, response.status(), response.body());
        assertTrue(response.body().contains("board-2"), response.body());
        assertEquals("list-todo", http.get("/boards/board-1/tasks").json().get("data").get(0).get("listId").asString());
    }

    @Test
    void a_body_over_64_kib_is_413() {
        var response = http.post("/tasks", json("title", "x", "listId", "list-todo", "description", "y".repeat(70_000)));
        assertEquals(413, response.status(), response.body());
        assertTrue(response.json().get("error").asString().contains("65536"), response.body());
        assertEquals(4, taskCount());
    }

    @Test
    void unknown_route_and_unknown_board_are_json_404() {
        var route = http.get("/no/such/route");
        assertEquals(404, route.status());
        assertTrue(route.json().has("error"), route.body());
        var board = http.get("/boards/board-404/tasks");
        assertEquals(404, board.status());
        assertTrue(board.json().get("error").asString().contains("board-404"), board.body());
    }

    protected int taskCount() {
        return http.get("/boards/board-1/tasks").json().get("data").size();
    }

    protected static List<String> ids(JsonNode tasks) {
        List<String> ids = new ArrayList<>();
        tasks.forEach(t -> ids.add(t.get("id").asString()));
        return ids;
    }

    protected static JsonNode find(JsonNode tasks, String id) {
        for (JsonNode t : tasks) {
            if (t.get("id").asString().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("no task " + id + " in " + tasks);
    }
}
