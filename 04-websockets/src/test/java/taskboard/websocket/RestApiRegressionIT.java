package taskboard.websocket;

import taskboard.app.Stage;
import taskboard.setup.RestApiContract;

/** 04-websockets still keeps L2's REST contract. */
class RestApiRegressionIT extends RestApiContract {
    @Override
    protected Stage stage() {
        return Stage04.STAGE;
    }
}
