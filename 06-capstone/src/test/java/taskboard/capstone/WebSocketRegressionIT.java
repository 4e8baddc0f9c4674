package taskboard.capstone;

import taskboard.app.Stage;
import taskboard.websocket.WebSocketContract;

/** 06-capstone still keeps L9-L13's WebSocket contract; the socket signs in itself, so the full stage runs it. */
class WebSocketRegressionIT extends WebSocketContract {
    @Override
    protected Stage stage() {
        return Stage06.STAGE;
    }
}
