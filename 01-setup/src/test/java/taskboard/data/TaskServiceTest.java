package taskboard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import taskboard.app.ApiException;
import taskboard.events.DirectDelivery;

/** Positions stay dense and unique per list after any sequence of creates, moves and deletes. */
class TaskServiceTest {
    private Path folder;
    private Database db;
    private TaskService service;
    private TaskRepository tasks;

    @BeforeEach
    void open() throws Exception {
        folder = Files.createTempDirectory("taskservice");
        db = Database.open(folder.resolve("t.db"));
        service = new TaskService(db, new DirectDelivery());
        tasks = new TaskRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void positions_stay_dense_after_a_thousand_random_operations() {
        List<String> lists = List.of("list-todo", "list-progress", "list-done");
        Random random = new Random(42);
        for (int step = 0; step < 1000; step++) {
            List<Task> all = tasks.byBoard("board-1");
            int op = random.nextInt(10);
            if (all.isEmpty() || op < 3) {
                service.create(new TaskService.NewTask("t" + step, null, lists.get(random.nextInt(3)), null));
            } else if (op < 8) {
                Task task = all.get(random.nextInt(all.size()));
                service.move(task.id(), lists.get(random.nextInt(3)), random.nextInt(all.size() + 2));
            } else {
                service.delete(all.get(random.nextInt(all.size())).id());
            }
            assertDense(step);
        }
    }

    @Test
    void a_refused_move_changes_nothing() {
        new BoardRepository(db).create("board-2", "B2", List.of("Backlog"));
        List<Task> before = tasks.byBoard("board-1");
        assertThrows(ApiException.class, () -> service.move("task-1", "board-2-list-0", 0));
        assertEquals(before, tasks.byBoard("board-1"));
    }

    @Test
    void event_ids_are_numbered_per_board_and_kept_in_the_log() {
        new BoardRepository(db).create("board-2", "B2", List.of("Backlog"));
        var first = service.create(new TaskService.NewTask("a", null, "list-todo", null)).event();
        var other = service.create(new TaskService.NewTask("b", null, "board-2-list-0", null)).event();
        var second = service.delete(first.taskId()).event();
        assertEquals(1, first.id());
        assertEquals(1, other.id());
        assertEquals(2, second.id());
        EventLog log = new EventLog(db);
        assertEquals(List.of(first, second), log.after("board-1", 0, 10));
        assertEquals(2, log.latestId("board-1"));
    }

    @Test
    void an_update_or_move_naming_an_old_version_is_refused_and_changes_nothing() {
        Task moved = service.move("task-1", "list-done", 0).task();
        assertEquals(2, moved.version());
        var conflict = assertThrows(TaskService.VersionConflict.class, () -> service.update("task-1",
                new TaskService.TaskPatch("stale edit", false, null, false, null), java.util.OptionalLong.of(1)));
        assertEquals(moved, conflict.current());
        assertThrows(TaskService.VersionConflict.class,
                () -> service.move("task-1", "list-todo", 0, java.util.OptionalLong.of(1)));
        assertEquals(moved, tasks.find("task-1").orElseThrow());
        Task updated = service.update("task-1", new TaskService.TaskPatch("fresh edit", false, null, false, null),
                java.util.OptionalLong.of(2)).task();
        assertEquals("fresh edit", updated.title());
        assertEquals(3, updated.version());
    }

    private void assertDense(int step) {
        Map<String, List<Integer>> positions = new HashMap<>();
        for (Task t : tasks.byBoard("board-1")) {
            positions.computeIfAbsent(t.listId(), k -> new ArrayList<>()).add(t.position());
        }
        positions.forEach((list, ps) -> {
            for (int i = 0; i < ps.size(); i++) {
                assertEquals(i, ps.get(i), "step " + step + ": positions of " + list + " are " + ps);
            }
        });
    }
}
