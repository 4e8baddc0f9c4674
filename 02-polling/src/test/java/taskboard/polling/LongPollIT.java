package taskboard.polling;

import taskboard.app.Stage;

/** L4 on the checkpoint that adds it. */
class LongPollIT extends LongPollContract {
    @Override
    protected Stage stage() {
        return Stage02.STAGE;
    }
}
