package taskboard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import taskboard.events.DirectDelivery;

/** Two servers can share one database file (L16): neither holds SQLite's write lock between transactions. */
class TwoProcessesTest {

    @Test
    @Timeout(20)
    void two_databases_on_one_file_take_turns_writing_and_number_events_globally() throws Exception {
        Path folder = Files.createTempDirectory("two-processes");
        Path file = folder.resolve("shared.db");
        try (Database a = Database.open(file); Database b = Database.open(file)) {
            TaskService onA = new TaskService(a, new DirectDelivery());
            TaskService onB = new TaskService(b, new DirectDelivery());
            long first = onA.create(new TaskService.NewTask("from a", null, "list-todo", null)).event().id();
            long second = onB.create(new TaskService.NewTask("from b", null, "list-todo", null)).event().id();
            long third = onA.delete("task-1").event().id();
            assertEquals(1, first);
            assertEquals(2, second);
            assertEquals(3, third);
            assertEquals(5, new TaskRepository(b).byBoard("board-1").size(), "the seed was inserted once");
        }
    }
}
