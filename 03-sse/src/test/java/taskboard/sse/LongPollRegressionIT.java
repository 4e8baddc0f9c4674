package taskboard.sse;

import taskboard.app.Stage;
import taskboard.polling.LongPollContract;

/** 03-sse still keeps 02-polling's long polling (L4) contract. */
class LongPollRegressionIT extends LongPollContract {
    @Override
    protected Stage stage() {
        return Stage03.STAGE;
    }
}
