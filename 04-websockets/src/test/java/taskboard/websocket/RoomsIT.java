package taskboard.websocket;

import taskboard.app.Stage;

/** L11 against the checkpoint that adds it. */
class RoomsIT extends RoomsContract {
    @Override
    protected Stage stage() {
        return Stage04.STAGE;
    }
}
