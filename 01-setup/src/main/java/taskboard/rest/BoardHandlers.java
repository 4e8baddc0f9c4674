package taskboard.rest;

import io.javalin.http.Context;
import taskboard.app.ApiException;
import taskboard.app.Services;

/** L2: the reads. A board that does not exist is a 404, never an empty list. */
public final class BoardHandlers {
    private final Services services;

    public BoardHandlers(Services services) {
        this.services = services;
    }

    /** GET /health -> {"status":"ok"} */
    public void health(Context ctx) {
        ctx.json(java.util.Map.of("status", "ok"));
    }

    /** GET /boards -> {"data":[boards]} */
    public void boards(Context ctx) {
        ctx.json(TaskHandlers.data(services.boards().all()));
    }

    /** GET /boards/{boardId}/lists -> {"data":[lists in position order]} */
    public void lists(Context ctx) {
        String boardId = requireBoard(services, ctx.pathParam("boardId"));
        ctx.json(TaskHandlers.data(services.boards().lists(boardId)));
    }

    /** GET /boards/{boardId}/tasks -> {"data":[tasks by list position, then task position]} */
    public void tasks(Context ctx) {
        String boardId = requireBoard(services, ctx.pathParam("boardId"));
        ctx.json(TaskHandlers.data(services.tasks().byBoard(boardId)));
    }

    /** The board id if the board exists; a JSON 404 otherwise. Later lessons' board routes use it too. */
    public static String requireBoard(Services services, String boardId) {
        if (!services.boards().exists(boardId)) {
            throw ApiException.notFound("Board '" + boardId + "' not found");
        }
        return boardId;
    }
}
