package taskboard.regression;

import taskboard.app.Stage;
import taskboard.patterns.Stage05;
import taskboard.polling.LongPollContract;

/** 05-patterns keeps L4's long polling contract: the event bus delivers what direct calls used to. */
class LongPollRegressionIT extends LongPollContract {
    @Override
    protected Stage stage() {
        return Stage05.STAGE;
    }
}
