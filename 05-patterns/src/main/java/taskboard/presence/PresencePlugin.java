package taskboard.presence;

import java.util.List;
import java.util.Map;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;

import taskboard.app.ErrorHandling;
import taskboard.app.Services;
import taskboard.scaling.Scaling;
import taskboard.websocket.MessageHandlers;
import taskboard.websocket.Rooms;

/**
 * L15 on top of 04's WebSocket rooms, through the seams 04 left for it: presence takes over the
 * rooms' join/leave announcements, and {@code typing} / {@code stop_typing} are two more message
 * types. Viewer counts for monitoring at {@code GET /admin/viewers} (exercise 3).
 */
public final class PresencePlugin extends Plugin<Presence.Config> {
    private final Presence presence;

    public PresencePlugin(Services services) {
        super(services.settings().tuning(Presence.Config.class), new Presence.Config());
        Rooms rooms = services.find(Rooms.class)
                .orElseThrow(() -> new IllegalStateException("Presence needs the WebSocket rooms of 04-websockets"));
        MessageHandlers handlers = services.find(MessageHandlers.class).orElseThrow();
        this.presence = new Presence(pluginConfig, rooms, Scaling.presenceStore(services), Scaling.presenceRelay(services));
        rooms.announceWith(presence);
        handlers.on("typing", "ws-typing", presence::typing)
                .on("stop_typing", "ws-stop-typing", presence::stopTyping);
        services.component(Presence.class, () -> presence);
    }

    @Override
    public void onStart(JavalinState state) {
        presence.start();
        state.routes.get("/admin/viewers", this::viewers);
    }

    /** GET /admin/viewers -> {"total":N,"boards":{"board-1":N}}: distinct users per board. */
    private void viewers(Context ctx) {
        Map<String, Integer> counts;
        try {
            counts = presence.viewerCounts();
        } catch (RuntimeException e) { // the shared store (Redis) is unreachable: say so, do not guess
            ErrorHandling.respond(ctx, 503, "Viewer counts are unavailable: " + e.getMessage(), List.of());
            return;
        }
        ctx.json(Map.of("total", counts.values().stream().mapToInt(Integer::intValue).sum(), "boards", counts));
    }
}
