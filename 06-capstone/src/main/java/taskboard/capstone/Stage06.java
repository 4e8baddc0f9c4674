package taskboard.capstone;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.capstone.rest.CapstoneRestPlugin;
import taskboard.patterns.Stage05;
import taskboard.rest.RestApiPlugin;

/**
 * Checkpoint 06-capstone (L17-L18): the live task board. Every earlier lesson's feature, with the
 * REST API growing challenge C3's offline support.
 */
public final class Stage06 {
    /** Everything the capstone adds except the sign-in gate: the earlier lessons' contracts run against it. */
    public static final Stage FEATURES = Stage05.STAGE.next("06-capstone")
            .replace(RestApiPlugin.class, CapstoneRestPlugin.class, CapstoneRestPlugin::new);

    /** The capstone as students run it. */
    public static final Stage STAGE = FEATURES;

    private Stage06() {
    }

    public static void main(String[] args) {
        STAGE.start(Settings.fromEnv());
    }
}
