package taskboard.capstone;

import taskboard.app.Stage;
import taskboard.patterns.EventBusContract;

/** 06-capstone still delivers through L14's event bus (without the sign-in gate, as in RestApiRegressionIT). */
class EventBusRegressionIT extends EventBusContract {
    @Override
    protected Stage stage() {
        return Stage06.FEATURES;
    }
}
