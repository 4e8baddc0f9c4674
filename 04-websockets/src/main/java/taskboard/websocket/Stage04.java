package taskboard.websocket;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.sse.Stage03;

/** Checkpoint 04-websockets (WebSockets, rooms, auth, reconnection (L9-L13)): 03-sse plus what these lessons add. */
public final class Stage04 {
    public static final Stage STAGE = Stage03.STAGE.next("04-websockets");

    private Stage04() {
    }

    public static void main(String[] args) {
        STAGE.start(Settings.fromEnv());
    }
}
