package taskboard.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import taskboard.app.Stage;

/**
 * RoomsContract's {@code announcesEverySocket()} is a real expectation, not a way out: claimed
 * wrongly for 04-websockets (which counts sockets), the second-socket test fails. 05-patterns'
 * RoomsRegressionIT states the opposite rule and passes there.
 */
class ViewerCountingBiteIT {

    // 04 described as if it counted users. Nested, so the build does not run it on its own.
    static class Stage04CountingUsers extends RoomsContract {
        @Override
        protected Stage stage() {
            return Stage04.STAGE;
        }

        @Override
        protected boolean announcesEverySocket() {
            return false;
        }
    }

    @Test
    @Timeout(60)
    void the_second_socket_test_fails_when_a_stage_that_counts_sockets_claims_to_count_users() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(Stage04CountingUsers.class, "a_users_second_socket_is_announced_as_the_stage_counts_viewers"))
                .execute()
                .testEvents();
        assertEquals(1, tests.started().count(), "the second-socket test ran");
        assertEquals(1, tests.failed().count(), "it passed although 04 announces every socket");
    }
}
