package taskboard.patterns;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.presence.PresencePlugin;
import taskboard.scaling.Scaling;
import taskboard.webhooks.WebhooksPlugin;
import taskboard.websocket.Stage04;

/**
 * Checkpoint 05-patterns (L14-L16): 04-websockets with an event bus in place of direct delivery
 * (in-process, or through Redis when REDIS_URL is set), new bus consumers that need no route
 * change (a logger, per-board counts, webhooks), and presence.
 */
public final class Stage05 {
    public static final Stage STAGE = Stage04.STAGE.next("05-patterns")
            .delivery(Scaling::eventBus)
            .with(EventLoggingPlugin.class, EventLoggingPlugin::new)
            .with(EventCountsPlugin.class, EventCountsPlugin::new)
            .with(WebhooksPlugin.class, WebhooksPlugin::new)
            .with(PresencePlugin.class, PresencePlugin::new);

    private Stage05() {
    }

    public static void main(String[] args) {
        STAGE.start(Settings.fromEnv());
    }
}
