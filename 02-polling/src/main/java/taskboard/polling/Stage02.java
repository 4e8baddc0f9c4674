package taskboard.polling;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.setup.Stage01;

/**
 * Checkpoint 02-polling (L3-L4): 01-setup plus short polling ({@code GET /boards/{boardId}/updates})
 * and long polling ({@code GET /boards/{boardId}/poll}).
 */
public final class Stage02 {
    public static final Stage STAGE = Stage01.STAGE.next("02-polling")
            .with(ShortPollingPlugin.class, ShortPollingPlugin::new)
            .with(LongPollPlugin.class, LongPollPlugin::new);

    private Stage02() {
    }

    public static void main(String[] args) {
        STAGE.start(Settings.fromEnv());
    }
}
