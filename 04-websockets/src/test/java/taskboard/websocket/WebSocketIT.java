package taskboard.websocket;

import taskboard.app.Stage;

/** L9-L10 against the checkpoint that adds them. */
class WebSocketIT extends WebSocketContract {
    @Override
    protected Stage stage() {
        return Stage04.STAGE;
    }
}
