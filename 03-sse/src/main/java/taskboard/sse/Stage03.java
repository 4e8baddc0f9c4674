package taskboard.sse;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.polling.Stage02;

/** Checkpoint 03-sse (Server-Sent Events (L5-L8)): 02-polling plus what these lessons add. */
public final class Stage03 {
    public static final Stage STAGE = Stage02.STAGE.next("03-sse");

    private Stage03() {
    }

    public static void main(String[] args) {
        STAGE.start(Settings.fromEnv());
    }
}
