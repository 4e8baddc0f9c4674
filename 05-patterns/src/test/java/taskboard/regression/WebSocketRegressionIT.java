package taskboard.regression;

import taskboard.app.Stage;
import taskboard.patterns.Stage05;
import taskboard.websocket.WebSocketContract;

/** 05-patterns keeps L9-L10's WebSocket protocol contract: the event bus delivers what direct calls used to. */
class WebSocketRegressionIT extends WebSocketContract {
    @Override
    protected Stage stage() {
        return Stage05.STAGE;
    }
}
