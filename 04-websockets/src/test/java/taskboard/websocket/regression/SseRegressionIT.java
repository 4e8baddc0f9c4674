package taskboard.websocket.regression;

import taskboard.app.Stage;
import taskboard.sse.SseContract;
import taskboard.websocket.Stage04;

/** 04-websockets still keeps L5-L8 Server-Sent Events. */
class SseRegressionIT extends SseContract {
    @Override
    protected Stage stage() {
        return Stage04.STAGE;
    }
}
