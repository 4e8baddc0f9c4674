package taskboard.regression;

import taskboard.app.Stage;
import taskboard.patterns.Stage05;
import taskboard.polling.ShortPollingContract;

/** 05-patterns keeps L3's short polling contract: the event bus delivers what direct calls used to. */
class ShortPollingRegressionIT extends ShortPollingContract {
    @Override
    protected Stage stage() {
        return Stage05.STAGE;
    }
}
