package taskboard.regression;

import java.util.Set;

import taskboard.app.Stage;
import taskboard.patterns.Stage05;
import taskboard.websocket.RoomsContract;

/**
 * 05-patterns keeps L11's rooms and L13's resumption, with L15's two deliberate changes: a joiner
 * also gets {@code presence} (and the room may hear typing), and a user's second socket is not
 * announced, because presence counts users, not sockets.
 */
class RoomsRegressionIT extends RoomsContract {
    @Override
    protected Stage stage() {
        return Stage05.STAGE;
    }

    @Override
    protected Set<String> addedByLaterLessons() {
        return Set.of("presence", "user_typing", "user_stopped_typing");
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
