package taskboard.capstone;

import taskboard.app.Stage;
import taskboard.presence.PresenceContract;

/** 06-capstone still keeps L15's presence and typing (without the sign-in gate, as in RestApiRegressionIT). */
class PresenceRegressionIT extends PresenceContract {
    @Override
    protected Stage stage() {
        return Stage06.FEATURES;
    }
}
