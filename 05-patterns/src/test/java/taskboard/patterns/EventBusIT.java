package taskboard.patterns;

import taskboard.app.Stage;

/** L14 on the in-process bus (no REDIS_URL). */
class EventBusIT extends EventBusContract {
    @Override
    protected Stage stage() {
        return Stage05.STAGE;
    }
}
