package taskboard.capstone;

import taskboard.app.Stage;
import taskboard.setup.RestApiContract;

/** 06-capstone still keeps L2's REST contract. */
class RestApiRegressionIT extends RestApiContract {
    @Override
    protected Stage stage() {
        return Stage06.STAGE;
    }
}
