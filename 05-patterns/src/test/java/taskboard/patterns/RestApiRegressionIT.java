package taskboard.patterns;

import taskboard.app.Stage;
import taskboard.setup.RestApiContract;

/** 05-patterns still keeps L2's REST contract. */
class RestApiRegressionIT extends RestApiContract {
    @Override
    protected Stage stage() {
        return Stage05.STAGE;
    }
}
