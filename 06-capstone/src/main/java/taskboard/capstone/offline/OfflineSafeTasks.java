package taskboard.capstone.offline;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.function.Supplier;

import taskboard.app.ApiException;
import taskboard.app.Json;
import taskboard.app.Services;
import taskboard.data.Task;
import taskboard.data.TaskService;
import taskboard.data.TaskService.Change;

/**
 * C3's rules, once for every way of changing a task (REST here, WebSocket commands in C4): a create
 * with an idempotency key happens once however often it is replayed, and an update or move that
 * names the version its client saw is refused when the task has moved on. Each check runs in the
 * database's write transaction together with the change it guards, and the change itself is
 * {@link TaskService}'s, so it is published to the bus like any other.
 */
public final class OfflineSafeTasks {
    /** A create's outcome: the task as first created, its JSON, and whether this was a replay. */
    public record Created(String json, String taskId, boolean replayed) {
    }

    private final Services services;
    private final TaskService tasks;
    private final IdempotencyKeys keys;

    public OfflineSafeTasks(Services services, IdempotencyKeys keys) {
        this.services = services;
        this.tasks = services.taskService();
        this.keys = keys;
    }

    /**
     * Creates a task, or with a key already used by this user, answers the first create's task again.
     * {@code request} identifies the request's content: the same key with another content is a 422.
     */
    public Created create(String userId, String key, String request, TaskService.NewTask task) {
        if (key == null) {
            Task created = tasks.create(task).task();
            return new Created(Json.write(created), created.id(), false);
        }
        String requestHash = IdempotencyKeys.hash(request);
        // The write lock is held from the lookup to the store: a replay racing the original waits for it.
        return services.database().inTransaction(c -> {
            var stored = keys.find(c, userId, key);
            if (stored.isPresent()) {
                if (!stored.get().requestHash().equals(requestHash)) {
                    throw new ApiException(422, "Idempotency key '" + key + "' was already used for a different"
                            + " task: use a new key for every queued create");
                }
                return new Created(stored.get().response(), stored.get().taskId(), true);
            }
            Task created = tasks.create(task).task(); // joins this transaction's lock, publishes once
            String json = Json.write(created);
            keys.store(c, userId, key, requestHash, created.id(), json);
            return new Created(json, created.id(), false);
        });
    }

    /** Runs an update or move unless the task is no longer at {@code expected}; throws a Conflict then. */
    public Change ifUnchanged(String taskId, OptionalLong expected, Supplier<Change> change) {
        return services.database().inTransaction(c -> {
            // Read on the write connection: this also takes SQLite's write lock, against other instances.
            if (expected.isPresent() && currentVersion(c, taskId) != expected.getAsLong()) {
                Task current = services.tasks().find(taskId).orElseThrow();
                throw new VersionPrecondition.Conflict(current, expected.getAsLong());
            }
            return change.get();
        });
    }

    public TaskService taskService() {
        return tasks;
    }

    private static long currentVersion(Connection c, String id) throws SQLException {
        try (var st = c.prepareStatement("SELECT version FROM tasks WHERE id = ?")) {
            st.setString(1, id);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("Task '" + id + "' not found");
                }
                return rs.getLong(1);
            }
        }
    }
}
