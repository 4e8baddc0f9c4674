package taskboard.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.stream.Stream;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import taskboard.app.Stage;
import taskboard.sse.Stage03;

/**
 * The contracts test what L9-L13 add: run against 03-sse, which has no sockets and no sign-in,
 * every one of their tests fails (WebSocketIT, RoomsIT, WebSocketAuthIT and LivenessIT prove they
 * all pass on 04-websockets).
 */
class WebSocketContractsBiteIT {

    // The contracts on the previous checkpoint. Nested, so the build does not run them on their own.
    static class WebSocketOnStage03 extends WebSocketContract {
        @Override
        protected Stage stage() {
            return Stage03.STAGE;
        }
    }

    static class RoomsOnStage03 extends RoomsContract {
        @Override
        protected Stage stage() {
            return Stage03.STAGE;
        }
    }

    static class AuthOnStage03 extends WebSocketAuthContract {
        @Override
        protected Stage stage() {
            return Stage03.STAGE;
        }
    }

    static class LivenessOnStage03 extends LivenessContract {
        @Override
        protected Stage stage() {
            return Stage03.STAGE;
        }
    }

    static Stream<Class<?>> contracts() {
        return Stream.of(WebSocketOnStage03.class, RoomsOnStage03.class, AuthOnStage03.class, LivenessOnStage03.class);
    }

    @ParameterizedTest
    @MethodSource("contracts")
    @Timeout(120)
    void every_contract_test_fails_on_the_checkpoint_before_websockets(Class<?> onStage03) {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(onStage03))
                .execute()
                .testEvents();
        assertTrue(tests.started().count() >= 3, "the whole contract ran: " + tests.started().count());
        assertEquals(tests.started().count(), tests.failed().count(),
                "every test failed on 03-sse; these passed: " + tests.succeeded().list());
    }
}
