package taskboard.capstone;

import taskboard.app.Stage;
import taskboard.polling.ShortPollingContract;

/** 06-capstone still keeps L3's short polling (without the sign-in gate, as in RestApiRegressionIT). */
class ShortPollingRegressionIT extends ShortPollingContract {
    @Override
    protected Stage stage() {
        return Stage06.FEATURES;
    }
}
