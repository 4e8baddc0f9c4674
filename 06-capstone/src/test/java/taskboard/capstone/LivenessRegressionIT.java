package taskboard.capstone;

import java.util.Set;

import taskboard.app.Stage;
import taskboard.websocket.LivenessContract;

/**
 * 06-capstone still keeps L13's heartbeat and slow-consumer rules (without the sign-in gate, as in
 * RestApiRegressionIT); presence and live cursors (C1) are passed over.
 */
class LivenessRegressionIT extends LivenessContract {
    @Override
    protected Stage stage() {
        return Stage06.FEATURES;
    }

    @Override
    protected Set<String> addedByLaterLessons() {
        return Set.of("presence", "user_typing", "user_stopped_typing", "cursor");
    }
}
