package taskboard.websocket;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.sse.Stage03;
import taskboard.websocket.auth.AuthPlugin;

/**
 * Checkpoint 04-websockets (L9-L13): 03-sse plus sign-in (L12) and the WebSocket endpoint with
 * rooms, socket authentication, heartbeats and bounded outboxes (L9-L13).
 */
public final class Stage04 {
    public static final Stage STAGE = Stage03.STAGE.next("04-websockets")
            .with(AuthPlugin.class, AuthPlugin::new)
            .with(WebSocketPlugin.class, WebSocketPlugin::new);

    private Stage04() {
    }

    public static void main(String[] args) {
        STAGE.start(Settings.fromEnv());
    }
}
