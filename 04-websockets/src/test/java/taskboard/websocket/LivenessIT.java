package taskboard.websocket;

import taskboard.app.Stage;

/** L13's server side against the checkpoint that adds it. */
class LivenessIT extends LivenessContract {
    @Override
    protected Stage stage() {
        return Stage04.STAGE;
    }
}
