package taskboard.capstone;

import taskboard.app.Stage;
import taskboard.websocket.WebSocketAuthContract;

/** 06-capstone still keeps L12's WebSocket authentication (without the sign-in gate, as in RestApiRegressionIT). */
class WebSocketAuthRegressionIT extends WebSocketAuthContract {
    @Override
    protected Stage stage() {
        return Stage06.FEATURES;
    }
}
