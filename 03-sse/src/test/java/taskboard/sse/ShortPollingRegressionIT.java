package taskboard.sse;

import taskboard.app.Stage;
import taskboard.polling.ShortPollingContract;

/** 03-sse still keeps 02-polling's short polling (L3) contract. */
class ShortPollingRegressionIT extends ShortPollingContract {
    @Override
    protected Stage stage() {
        return Stage03.STAGE;
    }
}
