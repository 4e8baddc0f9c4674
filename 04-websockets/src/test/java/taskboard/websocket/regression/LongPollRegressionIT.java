package taskboard.websocket.regression;

import taskboard.app.Stage;
import taskboard.polling.LongPollContract;
import taskboard.websocket.Stage04;

/** 04-websockets still keeps L4 long polling. */
class LongPollRegressionIT extends LongPollContract {
    @Override
    protected Stage stage() {
        return Stage04.STAGE;
    }
}
