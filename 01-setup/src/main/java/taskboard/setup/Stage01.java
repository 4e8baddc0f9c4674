package taskboard.setup;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.events.DirectDelivery;
import taskboard.rest.RestApiPlugin;

/**
 * Checkpoint 01-setup (L1-L2): the REST API on SQLite. Mutations already produce board events
 * (L2 exercise 3); no transport delivers them yet.
 */
public final class Stage01 {
    public static final Stage STAGE = Stage.first("01-setup", services -> new DirectDelivery())
            .with(RestApiPlugin.class, RestApiPlugin::new);

    private Stage01() {
    }

    public static void main(String[] args) {
        STAGE.start(Settings.fromEnv());
    }
}
