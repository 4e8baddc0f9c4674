package taskboard.sse;

import taskboard.app.Stage;
import taskboard.setup.RestApiContract;

/** 03-sse still keeps L2's REST contract. */
class RestApiRegressionIT extends RestApiContract {
    @Override
    protected Stage stage() {
        return Stage03.STAGE;
    }
}
