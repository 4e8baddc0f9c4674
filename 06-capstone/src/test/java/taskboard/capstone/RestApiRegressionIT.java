package taskboard.capstone;

import taskboard.app.Stage;
import taskboard.setup.RestApiContract;

/**
 * 06-capstone still keeps L2's REST contract. The contract's client does not sign in, so it runs
 * against the capstone without its sign-in gate ({@link Stage06#FEATURES}); {@code SignInGateIT}
 * checks the gate itself, and that a signed-in user gets these same answers.
 */
class RestApiRegressionIT extends RestApiContract {
    @Override
    protected Stage stage() {
        return Stage06.FEATURES;
    }
}
