package taskboard.regression;

import java.util.Set;

import taskboard.app.Stage;
import taskboard.patterns.Stage05;
import taskboard.websocket.LivenessContract;

/**
 * 05-patterns keeps L13's heartbeat and slow-consumer rules with events on the bus and presence
 * announcing who left; a joiner's extra {@code presence} message is passed over.
 */
class LivenessRegressionIT extends LivenessContract {
    @Override
    protected Stage stage() {
        return Stage05.STAGE;
    }

    @Override
    protected Set<String> addedByLaterLessons() {
        return Set.of("presence", "user_typing", "user_stopped_typing");
    }
}
