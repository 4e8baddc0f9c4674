package taskboard.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import taskboard.app.Stage;
import taskboard.polling.Stage02;

/**
 * The SSE contract tests what L5-L8 add: run against 02-polling, which has no event streams,
 * every one of its tests fails (SseIT proves they all pass on 03-sse).
 */
class SseContractBitesIT {

    /** The contract on the previous checkpoint. Nested, so the build does not run it on its own. */
    static class OnStage02 extends SseContract {
        @Override
        protected Stage stage() {
            return Stage02.STAGE;
        }
    }

    @Test
    @Timeout(120)
    void every_sse_contract_test_fails_on_the_checkpoint_before_sse() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(OnStage02.class))
                .execute()
                .testEvents();
        assertTrue(tests.started().count() >= 18, "the whole contract ran: " + tests.started().count());
        assertEquals(tests.started().count(), tests.failed().count(), "every test failed on 02-polling");
    }
}
