package taskboard.capstone;

import taskboard.app.Stage;
import taskboard.sse.SseContract;

/** 06-capstone still keeps L5-L8's SSE contract (without the sign-in gate, as in RestApiRegressionIT). */
class SseRegressionIT extends SseContract {
    @Override
    protected Stage stage() {
        return Stage06.FEATURES;
    }
}
