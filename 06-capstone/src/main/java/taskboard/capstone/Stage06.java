package taskboard.capstone;

import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.capstone.access.AccessPlugin;
import taskboard.capstone.commands.TaskCommandsPlugin;
import taskboard.capstone.monitoring.RuntimeStatsPlugin;
import taskboard.capstone.rest.CapstoneRestPlugin;
import taskboard.capstone.ui.CursorsPlugin;
import taskboard.capstone.ui.WebUiPlugin;
import taskboard.patterns.Stage05;
import taskboard.rest.RestApiPlugin;

/**
 * Checkpoint 06-capstone (L17-L18): the live task board. Every earlier lesson's feature (05's
 * event bus delivers), plus what the capstone adds: the REST API with C3's offline support
 * (idempotent creates, versioned updates), C4's task commands over the WebSocket, C1's live
 * cursors, the browser page, runtime figures for the benchmark, and the gates that make every
 * board endpoint need a signed-in member and /admin the operator's token.
 */
public final class Stage06 {
    /** Everything the capstone adds except the sign-in gate: the earlier lessons' contracts run against it. */
    public static final Stage FEATURES = Stage05.STAGE.next("06-capstone")
            .replace(RestApiPlugin.class, CapstoneRestPlugin.class, CapstoneRestPlugin::new)
            .with(TaskCommandsPlugin.class, TaskCommandsPlugin::new)
            .with(CursorsPlugin.class, CursorsPlugin::new)
            .with(RuntimeStatsPlugin.class, services -> new RuntimeStatsPlugin())
            .with(WebUiPlugin.class, WebUiPlugin::new);

    /** The capstone as students run it: every board endpoint needs a signed-in member, /admin the operator's token. */
    public static final Stage STAGE = FEATURES.with(AccessPlugin.class, AccessPlugin::new);

    private Stage06() {
    }

    public static void main(String[] args) {
        STAGE.start(Settings.fromEnv());
    }
}
