package taskboard.capstone;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.patterns.Stage05;

/** Checkpoint 06-capstone (the live task board (L17-L18)): 05-patterns plus what these lessons add. */
public final class Stage06 {
    public static final Stage STAGE = Stage05.STAGE.next("06-capstone");

    private Stage06() {
    }

    public static void main(String[] args) {
        STAGE.start(Settings.fromEnv());
    }
}
