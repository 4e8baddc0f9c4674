package taskboard.websocket.auth;

import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import taskboard.app.ApiException;
import taskboard.app.RequestBody;
import taskboard.data.User;
import tools.jackson.databind.JsonNode;

/** L12: signing in and out. The token comes back in the body and as an HttpOnly cookie. */
public final class AuthHandlers {
    private final Auth auth;
    private final boolean secureCookie;

    AuthHandlers(Auth auth, boolean secureCookie) {
        this.auth = auth;
        this.secureCookie = secureCookie;
    }

    /** POST /auth/login {email, password} -> {token, user, expiresAt} and Set-Cookie: session=... */
    public void login(Context ctx) {
        JsonNode body = RequestBody.validated(ctx, "auth-login");
        User user = auth.credentials().verify(body.get("email").asString(), body.get("password").asString())
                .orElseThrow(() -> new ApiException(401, "Invalid email or password"));
        Sessions.Session session = auth.sessions().create(user);
        // HttpOnly: page scripts cannot read it; SameSite=Lax: other sites' requests do not carry it.
        ctx.cookie(new Cookie(Sessions.COOKIE, session.token(), "/", (int) auth.sessions().ttl().toSeconds(),
                secureCookie, true, null, SameSite.LAX));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token", session.token());
        answer.put("user", user);
        answer.put("expiresAt", session.expiresAt().toString());
        ctx.json(answer);
    }

    /** POST /auth/logout -> 204; the session stops working at once. */
    public void logout(Context ctx) {
        String token = Sessions.tokenOf(ctx);
        if (token != null) {
            auth.sessions().end(token);
        }
        ctx.removeCookie(Sessions.COOKIE, "/");
        ctx.status(204);
    }

    /** GET /auth/me -> the signed-in user, or 401 with the reason. */
    public void me(Context ctx) {
        Sessions.Check check = auth.sessions().check(Sessions.tokenOf(ctx));
        if (!check.ok()) {
            throw new ApiException(401, check.refusal());
        }
        ctx.json(check.user());
    }
}
