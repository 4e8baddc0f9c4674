package taskboard.setup;

import taskboard.app.Stage;

/** 01-setup keeps L2's REST contract. */
class RestApiIT extends RestApiContract {
    @Override
    protected Stage stage() {
        return Stage01.STAGE;
    }
}
