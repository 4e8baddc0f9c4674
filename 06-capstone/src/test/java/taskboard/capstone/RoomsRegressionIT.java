package taskboard.capstone;

import java.util.Set;

import taskboard.app.Stage;
import taskboard.websocket.RoomsContract;

/**
 * 06-capstone still keeps L11's rooms and L13's resumption (without the sign-in gate, as in
 * RestApiRegressionIT), as L15 shapes them: presence and live cursors (C1) are passed over, and a
 * user's second socket is not announced.
 */
class RoomsRegressionIT extends RoomsContract {
    @Override
    protected Stage stage() {
        return Stage06.FEATURES;
    }

    @Override
    protected Set<String> addedByLaterLessons() {
        return Set.of("presence", "user_typing", "user_stopped_typing", "cursor");
    }

    @Override
    protected String joinCompletedBy() {
        return "presence";
    }

    @Override
    protected boolean announcesEverySocket() {
        return false;
    }
}
