package taskboard.patterns;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.websocket.Stage04;

/** Checkpoint 05-patterns (pub/sub, presence, scaling (L14-L16)): 04-websockets plus what these lessons add. */
public final class Stage05 {
    public static final Stage STAGE = Stage04.STAGE.next("05-patterns");

    private Stage05() {
    }

    public static void main(String[] args) {
        STAGE.start(Settings.fromEnv());
    }
}
