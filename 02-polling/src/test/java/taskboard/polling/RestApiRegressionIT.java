package taskboard.polling;

import taskboard.app.Stage;
import taskboard.setup.RestApiContract;

/** 02-polling still keeps L2's REST contract. */
class RestApiRegressionIT extends RestApiContract {
    @Override
    protected Stage stage() {
        return Stage02.STAGE;
    }
}
