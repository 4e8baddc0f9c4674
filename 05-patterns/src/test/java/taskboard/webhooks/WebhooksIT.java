package taskboard.webhooks;

import taskboard.app.Stage;
import taskboard.patterns.Stage05;

class WebhooksIT extends WebhooksContract {
    @Override
    protected Stage stage() {
        return Stage05.STAGE;
    }
}
