package taskboard.capstone.offline;

import taskboard.app.ApiException;
import taskboard.app.Json;
import taskboard.data.Task;
import taskboard.data.TaskService;

/**
 * C3's rules, once for every way of changing a task (REST here, WebSocket commands in C4): a create
 * with an idempotency key happens once however often it is replayed, and an update or move that
 * names the version its client saw is refused when the task has moved on. The change itself is
 * {@link TaskService}'s, so it is published to the bus like any other.
 *
 * <p>Check and change must be one step. Within this server a lock per key makes them one: a
 * replay racing its original waits for it, then replays its answer. Between servers on one
 * database the key's claim row decides (the other server answers 409 "in progress"). Versions are
 * checked by {@link TaskService} inside the change's own transaction.
 */
public final class OfflineSafeTasks {
    /** A create's outcome: the task's JSON as first answered, and whether this was a replay. */
    public record Created(String json, String taskId, boolean replayed) {
    }

    private static final int STRIPES = 64;

    private final TaskService tasks;
    private final IdempotencyKeys keys;
    private final Object[] stripes = new Object[STRIPES];

    public OfflineSafeTasks(TaskService tasks, IdempotencyKeys keys) {
        this.tasks = tasks;
        this.keys = keys;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
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
        synchronized (stripe(userId + '\n' + key)) {
            var earlier = keys.claim(userId, key, requestHash);
            if (earlier.isPresent()) {
                return replay(key, requestHash, earlier.get());
            }
            Task created;
            try {
                created = tasks.create(task).task();
            } catch (RuntimeException refused) {
                keys.release(userId, key); // a refused create used nothing up: the fixed request may reuse the key
                throw refused;
            }
            String json = Json.write(created);
            keys.complete(userId, key, created.id(), json);
            return new Created(json, created.id(), false);
        }
    }

    private static Created replay(String key, String requestHash, IdempotencyKeys.Stored earlier) {
        if (!earlier.requestHash().equals(requestHash)) {
            throw new ApiException(422, "Idempotency key '" + key + "' was already used for a different"
                    + " task: use a new key for every queued create");
        }
        if (earlier.inProgress()) {
            throw new ApiException(409, "A create with idempotency key '" + key
                    + "' is still in progress on another server: retry in a moment to get its answer");
        }
        return new Created(earlier.response(), earlier.taskId(), true);
    }

    public TaskService taskService() {
        return tasks;
    }

    private Object stripe(String key) {
        return stripes[Math.floorMod(key.hashCode(), STRIPES)];
    }
}
