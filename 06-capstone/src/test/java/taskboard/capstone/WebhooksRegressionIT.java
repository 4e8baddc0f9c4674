package taskboard.capstone;

import taskboard.app.Stage;
import taskboard.webhooks.WebhooksContract;

/** 06-capstone still keeps L14's webhooks (without the sign-in gate, as in RestApiRegressionIT). */
class WebhooksRegressionIT extends WebhooksContract {
    @Override
    protected Stage stage() {
        return Stage06.FEATURES;
    }
}
