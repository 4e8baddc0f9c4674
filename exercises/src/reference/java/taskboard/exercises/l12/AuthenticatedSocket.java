package taskboard.exercises.l12;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import taskboard.app.ApiException;
import taskboard.app.Json;
import taskboard.app.RequestBody;
import taskboard.app.Services;

/**
 * L12: authentication on WebSockets. After the upgrade there are no per-message headers, so the
 * socket authenticates once, when it opens: the {@code session} cookie or a {@code ?token=}. Failure
 * closes with 4001. A signed-in user may join only the boards they may see, and a browser page from
 * another site (its {@code Origin}) may not open the socket at all.
 *
 * <p>{@code POST /sessions {"userId":"user-alice"}} gives a token (and the cookie): the lesson's
 * stand-in for a login.
 */
public final class AuthenticatedSocket extends Plugin<AuthenticatedSocket.Config> {

    /** Who may see which board, and which page origins may open a socket. */
    public static final class Config {
        public Map<String, Set<String>> boardMembers = Map.of("board-1", Set.of("user-alice", "user-bob"));
        public Set<String> allowedOrigins = Set.of("http://localhost:3000");
    }

    private final Services services;
    private final Map<String, String> userByToken = new ConcurrentHashMap<>();
    private final Map<WsContext, String> userBySocket = new ConcurrentHashMap<>();

    public AuthenticatedSocket(Services services) {
        super(services.settings().tuning(Config.class), new Config());
        this.services = services;
    }

    @Override
    public void onStart(JavalinState state) {
        state.routes.post("/sessions", this::signIn);
        state.routes.ws("/ws", ws -> {
            ws.onConnect(this::connected);
            ws.onMessage(this::message);
            ws.onClose(ctx -> userBySocket.remove(ctx));
        });
    }

    /** POST /sessions {"userId"} -> 201 {"token"}, and the same token as the session cookie. */
    void signIn(Context ctx) {
        String userId = RequestBody.parse(ctx.bodyAsBytes()).path("userId").asString("");
        if (services.users().find(userId).isEmpty()) {
            throw ApiException.invalid("userId", "Unknown user '" + userId + "'");
        }
        String token = UUID.randomUUID().toString();
        userByToken.put(token, userId);
        ctx.cookie("session", token);
        ctx.status(201).json(Map.of("token", token));
    }

    private void connected(WsConnectContext ctx) {
        String origin = ctx.header("Origin"); // browsers always send it; other clients cannot be hijacked
        if (origin != null && !originAllowed(origin)) {
            ctx.closeSession(4003, "Origin not allowed");
            return;
        }
        Optional<String> user = Optional.ofNullable(ctx.cookie("session")).map(userByToken::get)
                .or(() -> userFromUrlToken(ctx));
        if (user.isEmpty()) {
            refuse(ctx);
            return;
        }
        userBySocket.put(ctx, user.get());
        ctx.send(Json.write(Map.of("type", "welcome", "userId", user.get())));
    }

    private void message(WsMessageContext ctx) {
        String userId = userBySocket.get(ctx);
        var message = Json.MAPPER.readTree(ctx.message());
        String boardId = message.path("boardId").asString("");
        if (!"join".equals(message.path("type").asString(""))) {
            ctx.send(Json.write(Map.of("error", "Unknown message type")));
        } else if (mayJoin(userId, boardId)) {
            ctx.send(Json.write(Map.of("type", "joined", "boardId", boardId)));
        } else {
            ctx.send(Json.write(Map.of("error", "Forbidden: you may not see board '" + boardId + "'", "code", 4003)));
        }
    }

    /** No valid credentials: close with 4001. */
    void refuse(WsConnectContext ctx) {
        ctx.closeSession(4001, "Unauthorized");
    }

    /** The user of a {@code ?token=} query parameter, if it names a session. */
    Optional<String> userFromUrlToken(WsConnectContext ctx) {
        return Optional.ofNullable(ctx.queryParam("token")).map(userByToken::get);
    }

    /** Whether a user may join a board (Config.boardMembers). */
    boolean mayJoin(String userId, String boardId) {
        return pluginConfig.boardMembers.getOrDefault(boardId, Set.of()).contains(userId);
    }

    /** Whether a page from {@code origin} may open a socket (Config.allowedOrigins). */
    boolean originAllowed(String origin) {
        return pluginConfig.allowedOrigins.contains(origin);
    }
}
