package taskboard.exercises.l03;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import taskboard.app.Services;
import taskboard.data.EventLog;
import taskboard.data.Task;
import taskboard.data.Timestamps;
import taskboard.events.EventType;
import taskboard.rest.BoardHandlers;

/**
 * L3 exercise 1: {@code GET /boards/{boardId}/updates?since=<ISO time>} answers the tasks changed
 * since then, and (the exercise) the ids of the tasks deleted since then: a poller cannot see a
 * deleted row, so without this list a deleted task stays on its screen forever.
 */
public final class DeletionAwareUpdates extends Plugin<Void> {
    private final Services services;

    public DeletionAwareUpdates(Services services) {
        this.services = services;
    }

    @Override
    public void onStart(JavalinState state) {
        state.routes.get("/boards/{boardId}/updates", this::updates);
    }

    /** {"data":[tasks changed since], "deleted":[ids deleted since], "timestamp":"<server time>"} */
    void updates(Context ctx) {
        String boardId = BoardHandlers.requireBoard(services, ctx.pathParam("boardId"));
        String timestamp = Timestamps.now(); // taken first: a change during this request shows up next time
        String since = ctx.queryParam("since");
        List<Task> tasks = services.tasks().byBoard(boardId).stream()
                .filter(task -> since == null || Instant.parse(task.updatedAt()).isAfter(Instant.parse(since)))
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", tasks);
        body.put("deleted", since == null ? List.of() : deletedSince(boardId, since));
        body.put("timestamp", timestamp);
        ctx.json(body);
    }

    /** The ids of the tasks of {@code boardId} deleted after {@code since}, from the board's event log. */
    List<String> deletedSince(String boardId, String since) {
        Instant after = Instant.parse(since);
        return services.eventLog().after(boardId, 0, EventLog.RETAINED_PER_BOARD).stream()
                .filter(event -> event.type().equals(EventType.TASK_DELETED.wireName()))
                .filter(event -> !Instant.parse(event.at()).isBefore(after))
                .map(event -> event.taskId())
                .toList();
    }
}
