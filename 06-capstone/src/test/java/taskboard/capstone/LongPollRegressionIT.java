package taskboard.capstone;

import taskboard.app.Stage;
import taskboard.polling.LongPollContract;

/** 06-capstone still keeps L4's long polling (without the sign-in gate, as in RestApiRegressionIT). */
class LongPollRegressionIT extends LongPollContract {
    @Override
    protected Stage stage() {
        return Stage06.FEATURES;
    }
}
