package taskboard.polling;

import taskboard.app.Stage;

/** L3 on the checkpoint that adds it. */
class ShortPollingIT extends ShortPollingContract {
    @Override
    protected Stage stage() {
        return Stage02.STAGE;
    }
}
