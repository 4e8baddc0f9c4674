package taskboard.presence;

import taskboard.app.Stage;
import taskboard.patterns.Stage05;

/** L15 with the in-process presence store. */
class PresenceIT extends PresenceContract {
    @Override
    protected Stage stage() {
        return Stage05.STAGE;
    }
}
