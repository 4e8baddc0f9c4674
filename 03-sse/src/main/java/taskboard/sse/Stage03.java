package taskboard.sse;

import taskboard.admin.AdminPlugin;
import taskboard.app.Settings;
import taskboard.app.Stage;
import taskboard.polling.Stage02;

/**
 * Checkpoint 03-sse (L5-L8): 02-polling plus Server-Sent Events ({@link SsePlugin}) and the
 * connection counts at {@code GET /admin/connections} ({@link AdminPlugin}).
 */
public final class Stage03 {
    public static final Stage STAGE = Stage02.STAGE.next("03-sse")
            .with(SsePlugin.class, SsePlugin::new)
            .with(AdminPlugin.class, AdminPlugin::new);

    private Stage03() {
    }

    public static void main(String[] args) {
        STAGE.start(Settings.fromEnv());
    }
}
