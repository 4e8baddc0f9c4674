package taskboard.websocket.regression;

import taskboard.app.Stage;
import taskboard.polling.ShortPollingContract;
import taskboard.websocket.Stage04;

/** 04-websockets still keeps L3 short polling. */
class ShortPollingRegressionIT extends ShortPollingContract {
    @Override
    protected Stage stage() {
        return Stage04.STAGE;
    }
}
