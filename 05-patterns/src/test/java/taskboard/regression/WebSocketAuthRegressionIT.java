package taskboard.regression;

import taskboard.app.Stage;
import taskboard.patterns.Stage05;
import taskboard.websocket.WebSocketAuthContract;

/** 05-patterns keeps L12's WebSocket authentication contract: the event bus delivers what direct calls used to. */
class WebSocketAuthRegressionIT extends WebSocketAuthContract {
    @Override
    protected Stage stage() {
        return Stage05.STAGE;
    }
}
