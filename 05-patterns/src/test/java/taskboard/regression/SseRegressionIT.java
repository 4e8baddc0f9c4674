package taskboard.regression;

import taskboard.app.Stage;
import taskboard.patterns.Stage05;
import taskboard.sse.SseContract;

/** 05-patterns keeps L5-L8's SSE contract: the event bus delivers what direct calls used to. */
class SseRegressionIT extends SseContract {
    @Override
    protected Stage stage() {
        return Stage05.STAGE;
    }
}
