package taskboard.exercises.l02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import taskboard.data.Task;
import taskboard.exercises.testing.ExerciseFailures;
import taskboard.setup.Stage01;
import taskboard.testing.TestServer;

/** L2: the student's client code against a real 01-setup server on a free port. */
@Tag("L2")
@Timeout(20)
@ExtendWith(ExerciseFailures.class)
class BoardTourCheck {
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(Stage01.STAGE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @Tag("ex2.1")
    void exercise_2_1_lists_board_1_tasks_in_order() {
        assertEquals(List.of("Design login page", "Set up CI pipeline", "Build API endpoints", "Write project brief"),
                BoardTour.taskTitles(server.baseUrl(), "board-1"), "board-1's seeded tasks, by list then position");
    }

    @Test
    @Tag("ex2.2")
    void exercise_2_2_creates_a_task_and_moves_it_to_another_list() {
        String id = BoardTour.createAndMove(server.baseUrl(), "Review the pull request", "list-todo", "list-done");

        Optional<Task> task = server.services().tasks().find(id);
        assertTrue(task.isPresent(), "the returned id names a task the server stored: " + id);
        assertEquals("Review the pull request", task.get().title());
        assertEquals("list-done", task.get().listId(), "the task was moved to the target list");
        assertEquals(0, task.get().position(), "moved to the top of the target list");
    }

    @Test
    @Tag("ex2.3")
    void exercise_2_3_names_the_event_of_every_mutation_and_none_for_reads() {
        assertEquals(Optional.of("task_created"), RealtimeOperations.eventTypeOf("POST", "/tasks"));
        assertEquals(Optional.of("task_updated"), RealtimeOperations.eventTypeOf("PATCH", "/tasks/task-1"));
        assertEquals(Optional.of("task_moved"), RealtimeOperations.eventTypeOf("PATCH", "/tasks/task-1/move"));
        assertEquals(Optional.of("task_deleted"), RealtimeOperations.eventTypeOf("DELETE", "/tasks/task-1"));
        assertEquals(Optional.empty(), RealtimeOperations.eventTypeOf("GET", "/boards/board-1/tasks"),
                "a read changes nothing, so it announces nothing");
        assertEquals(Optional.empty(), RealtimeOperations.eventTypeOf("GET", "/health"));
    }
}
