package taskboard.websocket;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.javalin.http.Context;
import taskboard.app.ApiException;

/**
 * L12 exercise 3: cross-site WebSocket hijacking. A browser sends the session cookie with an
 * upgrade from any site, and the same-origin policy does not apply to WebSockets, so the server
 * checks {@code Origin} before upgrading: the page's own origin and the configured ones pass.
 * No {@code Origin} means a non-browser client (wscat, a server), which has no cookie to abuse.
 */
public final class OriginCheck {
    private final List<String> allowed;

    public OriginCheck(List<String> allowedOrigins) {
        this.allowed = allowedOrigins.stream().map(OriginCheck::normalise).toList();
    }

    /** A before-upgrade handler: a disallowed origin gets 403 and no socket. */
    public void check(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !allows(origin, ctx.header("Host"))) {
            throw new ApiException(403, "Origin '" + origin + "' is not allowed");
        }
    }

    public boolean allows(String origin, String host) {
        String normalised = normalise(origin);
        if (allowed.contains(normalised)) {
            return true;
        }
        try {
            URI uri = URI.create(normalised);
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && originHost != null && originHost.equalsIgnoreCase(host.trim());
        } catch (IllegalArgumentException e) {
            return false; // "null" (sandboxed frames, file://) and other junk
        }
    }

    private static String normalise(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
