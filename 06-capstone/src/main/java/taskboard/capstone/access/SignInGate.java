package taskboard.capstone.access;

import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import taskboard.app.ApiException;
import taskboard.app.RequestBody;
import taskboard.app.Services;
import taskboard.data.BoardList;
import taskboard.data.User;
import taskboard.websocket.auth.Auth;

/**
 * L18: every board endpoint needs a signed-in user who may see that board. L12 authenticated
 * only the WebSocket; in the capstone the same session (cookie or bearer token) and the same
 * board membership guard REST reads and mutations, short and long polling and SSE too:
 * 401 when nobody is signed in, 403 when the user is not a member of the board.
 */
public final class SignInGate {
    static final String HOW_TO_SIGN_IN = "Sign in first: POST /auth/login with {\"email\":...,\"password\":...}"
            + " sets the session cookie; or send Authorization: Bearer <token from the sign-in answer>";

    private final Services services;
    private final Auth auth;

    public SignInGate(Services services) {
        this.services = services;
        this.auth = Auth.of(services);
    }

    /** Before a board route: {@code /boards/...}, {@code /tasks/...}, or a stream with {@code ?boards=a,b}. */
    public void check(Context ctx, String routePath) {
        User user = signedIn(ctx);
        Map<String, String> params = ctx.pathParamMap();
        if (params.containsKey("boardId")) {
            requireMember(user, params.get("boardId"));
        }
        String boardsQuery = ctx.queryParam("boards");
        if (boardsQuery != null) {
            for (String boardId : boardsQuery.split(",")) {
                requireMember(user, boardId.trim());
            }
        }
        if (routePath.startsWith("/tasks/") && params.containsKey("id")) {
            services.tasks().boardOf(params.get("id")).ifPresent(board -> requireMember(user, board));
        } else if (routePath.equals("/tasks") && ctx.method() == HandlerType.POST) {
            boardOfCreate(ctx).ifPresent(board -> requireMember(user, board));
        }
    }

    /** The signed-in user; a 401 saying how to sign in otherwise. */
    public User signedIn(Context ctx) {
        var check = auth.sessions().check(taskboard.websocket.auth.Sessions.tokenOf(ctx));
        if (!check.ok()) {
            throw new ApiException(401, check.refusal() + ". " + HOW_TO_SIGN_IN);
        }
        SignedIn.remember(ctx, check.user().id());
        return check.user();
    }

    /** 403 for a board the user may not see. An unknown board passes, so its route answers the 404. */
    private void requireMember(User user, String boardId) {
        if (!auth.access().canSee(user.id(), boardId) && services.boards().exists(boardId)) {
            throw new ApiException(403, "Forbidden: " + user.name() + " (" + user.id() + ") may not see board '"
                    + boardId + "'. Ask a member of the board to add you, or sign in as a member");
        }
    }

    /** The board a create goes to; empty when the body is not valid yet (the route answers the 400). */
    private Optional<String> boardOfCreate(Context ctx) {
        try {
            var body = RequestBody.parse(ctx.bodyAsBytes());
            var listId = body.get("listId");
            return listId == null || !listId.isString() ? Optional.empty()
                    : services.boards().findList(listId.asString()).map(BoardList::boardId);
        } catch (ApiException invalidJson) {
            return Optional.empty();
        }
    }
}
