package taskboard.sse;

import taskboard.app.Stage;

/** L5-L8's SSE contract on the checkpoint that adds it. */
class SseIT extends SseContract {
    @Override
    protected Stage stage() {
        return Stage03.STAGE;
    }
}
