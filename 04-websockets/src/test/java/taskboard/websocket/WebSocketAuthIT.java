package taskboard.websocket;

import taskboard.app.Stage;

/** L12 against the checkpoint that adds it. */
class WebSocketAuthIT extends WebSocketAuthContract {
    @Override
    protected Stage stage() {
        return Stage04.STAGE;
    }
}
