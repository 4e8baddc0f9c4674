package taskboard.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import taskboard.app.ApiException;
import taskboard.app.Json;
import taskboard.events.BoardEvent;
import taskboard.events.EventDelivery;
import taskboard.events.EventType;

/**
 * Every task mutation (L2): one transaction that changes the rows, keeps positions dense
 * (0..n-1 in every list) and appends the board event; after the commit the event is published to
 * {@link EventDelivery}, in id order. Routes (REST now, WebSocket commands in the capstone) call
 * this and nothing else, so every way of changing a task produces its event.
 *
 * <p>Positions: a new task goes to the end of its list; a move clamps a position past the end to
 * the end; a delete closes the gap.
 */
public final class TaskService {
    private final Database db;
    private final EventDelivery delivery;

    public TaskService(Database db, EventDelivery delivery) {
        this.db = db;
        this.delivery = delivery;
    }

    /** The fields of a create: title and listId required, the rest may be null. */
    public record NewTask(String title, String description, String listId, String assigneeId) {
    }

    /**
     * The fields of an update; a field is changed only when its {@code sets...} flag is true, so
     * {@code "description": null} clears it while a missing description leaves it alone.
     */
    public record TaskPatch(String title, boolean setsDescription, String description,
                            boolean setsAssignee, String assigneeId) {
    }

    /** A committed change: the task as it now is (null after a delete) and its event. */
    public record Change(Task task, BoardEvent event) {
    }

    /**
     * Refuses an update or move whose client saw an older version of the task (the capstone's
     * offline replays, challenge C3). Checked inside the write transaction, so it cannot race a
     * change made at the same instant, even by another server on the same database.
     */
    public static final class VersionConflict extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Task current;

        VersionConflict(Task current, long expected) {
            super("Task '" + current.id() + "' changed since version " + expected + ": it is now at version "
                    + current.version());
            this.current = current;
        }

        /** The task as it is now, for the client to resolve the conflict against. */
        public Task current() {
            return current;
        }
    }

    public Change create(NewTask request) {
        return db.inTransaction(c -> {
            BoardList list = requireList(c, request.listId());
            requireAssignee(c, request.assigneeId());
            String id = "task-" + UUID.randomUUID();
            String now = Timestamps.now();
            TaskRepository.update(c,
                    "INSERT INTO tasks (id, list_id, title, description, assignee_id, position, version, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)",
                    id, list.id(), request.title(), request.description(), request.assigneeId(),
                    TaskRepository.countInList(c, list.id()), now, now);
            Task task = TaskRepository.find(c, id).orElseThrow();
            return new Change(task, append(c, list.boardId(), EventType.TASK_CREATED, task, now));
        }, this::publish);
    }

    public Change update(String taskId, TaskPatch patch) {
        return update(taskId, patch, OptionalLong.empty());
    }

    /** An update that happens only while the task is still at {@code expectedVersion} (when given). */
    public Change update(String taskId, TaskPatch patch, OptionalLong expectedVersion) {
        return db.inTransaction(c -> {
            Task current = requireTask(c, taskId, expectedVersion);
            if (patch.setsAssignee()) {
                requireAssignee(c, patch.assigneeId());
            }
            String now = Timestamps.now();
            TaskRepository.update(c,
                    "UPDATE tasks SET title = ?, description = ?, assignee_id = ?, version = version + 1, updated_at = ?"
                            + " WHERE id = ?",
                    patch.title() != null ? patch.title() : current.title(),
                    patch.setsDescription() ? patch.description() : current.description(),
                    patch.setsAssignee() ? patch.assigneeId() : current.assigneeId(),
                    now, taskId);
            Task task = TaskRepository.find(c, taskId).orElseThrow();
            return new Change(task, append(c, boardOfList(c, task.listId()), EventType.TASK_UPDATED, task, now));
        }, this::publish);
    }

    public Change move(String taskId, String listId, int requestedPosition) {
        return move(taskId, listId, requestedPosition, OptionalLong.empty());
    }

    /** A move that happens only while the task is still at {@code expectedVersion} (when given). */
    public Change move(String taskId, String listId, int requestedPosition, OptionalLong expectedVersion) {
        return db.inTransaction(c -> {
            Task current = requireTask(c, taskId, expectedVersion);
            BoardList target = requireList(c, listId);
            String board = boardOfList(c, current.listId());
            if (!target.boardId().equals(board)) {
                throw ApiException.invalid("listId", "List '" + listId + "' belongs to board '" + target.boardId()
                        + "', but task '" + taskId + "' is on board '" + board + "': tasks move within their board");
            }
            boolean sameList = target.id().equals(current.listId());
            int others = TaskRepository.countInList(c, target.id()) - (sameList ? 1 : 0);
            int position = Math.min(requestedPosition, others);
            if (sameList && position == current.position()) {
                return new Change(current, null); // nothing moved, nothing to announce
            }
            // Close the gap where the task was, then open one where it goes.
            TaskRepository.update(c, "UPDATE tasks SET position = position - 1 WHERE list_id = ? AND position > ?",
                    current.listId(), current.position());
            TaskRepository.update(c, "UPDATE tasks SET position = position + 1 WHERE list_id = ? AND position >= ? AND id <> ?",
                    target.id(), position, taskId);
            String now = Timestamps.now();
            TaskRepository.update(c,
                    "UPDATE tasks SET list_id = ?, position = ?, version = version + 1, updated_at = ? WHERE id = ?",
                    target.id(), position, now, taskId);
            Task task = TaskRepository.find(c, taskId).orElseThrow();
            return new Change(task, append(c, board, EventType.TASK_MOVED, task, now));
        }, this::publish);
    }

    public Change delete(String taskId) {
        return db.inTransaction(c -> {
            Task current = requireTask(c, taskId);
            String board = boardOfList(c, current.listId());
            TaskRepository.update(c, "DELETE FROM tasks WHERE id = ?", taskId);
            TaskRepository.update(c, "UPDATE tasks SET position = position - 1 WHERE list_id = ? AND position > ?",
                    current.listId(), current.position());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("type", EventType.TASK_DELETED.wireName());
            payload.put("boardId", board);
            payload.put("taskId", taskId);
            String now = Timestamps.now();
            return new Change(null, EventLog.append(c, board, EventType.TASK_DELETED.wireName(), taskId,
                    Json.write(payload), now));
        }, this::publish);
    }

    private void publish(Change change) {
        if (change.event() != null) {
            delivery.publish(change.event());
        }
    }

    private static BoardEvent append(Connection c, String boardId, EventType type, Task task, String at)
            throws SQLException {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type.wireName());
        payload.put("boardId", boardId);
        payload.put("task", task);
        return EventLog.append(c, boardId, type.wireName(), task.id(), Json.write(payload), at);
    }

    private static Task requireTask(Connection c, String taskId) throws SQLException {
        return requireTask(c, taskId, OptionalLong.empty());
    }

    private static Task requireTask(Connection c, String taskId, OptionalLong expectedVersion) throws SQLException {
        Task task = TaskRepository.find(c, taskId)
                .orElseThrow(() -> ApiException.notFound("Task '" + taskId + "' not found"));
        if (expectedVersion.isPresent() && task.version() != expectedVersion.getAsLong()) {
            throw new VersionConflict(task, expectedVersion.getAsLong());
        }
        return task;
    }

    private static BoardList requireList(Connection c, String listId) throws SQLException {
        try (var st = c.prepareStatement("SELECT id, board_id, name, position FROM lists WHERE id = ?")) {
            Rows.bind(st, listId);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.invalid("listId", "Unknown list '" + listId + "'");
                }
                return new BoardList(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));
            }
        }
    }

    private static String boardOfList(Connection c, String listId) throws SQLException {
        return requireList(c, listId).boardId();
    }

    private static void requireAssignee(Connection c, String userId) throws SQLException {
        if (userId == null) {
            return;
        }
        try (var st = c.prepareStatement("SELECT 1 FROM users WHERE id = ?")) {
            Rows.bind(st, userId);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.invalid("assigneeId", "Unknown user '" + userId + "'");
                }
            }
        }
    }
}
