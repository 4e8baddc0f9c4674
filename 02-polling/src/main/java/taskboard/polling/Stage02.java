package taskboard.polling;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.setup.Stage01;

/** Checkpoint 02-polling (short and long polling (L3-L4)): 01-setup plus what these lessons add. */
public final class Stage02 {
    public static final Stage STAGE = Stage01.STAGE.next("02-polling");

    private Stage02() {
    }

    public static void main(String[] args) {
        STAGE.start(Settings.fromEnv());
    }
}
