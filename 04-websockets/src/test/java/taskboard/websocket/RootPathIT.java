package taskboard.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import taskboard.app.Services;
import taskboard.app.Stage;
import taskboard.testing.TestServer;
import taskboard.websocket.testing.SignIn;
import taskboard.websocket.testing.WsClient;

/**
 * The capstone serves its page at GET / while the course's walkthrough opens ws://localhost:3000:
 * a plain GET and a WebSocket upgrade on the same path must both work.
 */
@Timeout(30)
class RootPathIT {

    /** Stands in for the capstone's page. */
    public static final class HomePage extends Plugin<Void> {
        public HomePage(Services services) {
        }

        @Override
        public void onStart(JavalinState state) {
            state.routes.get("/", ctx -> ctx.html("<!doctype html><title>Task board</title>"));
        }
    }

    private static final Stage WITH_PAGE = Stage04.STAGE.next("04-websockets-with-page").with(HomePage.class, HomePage::new);

    @Test
    void a_plain_get_and_a_websocket_upgrade_share_the_root_path() {
        try (TestServer server = TestServer.start(WITH_PAGE)) {
            var page = server.http().get("/");
            assertEquals(200, page.status(), page.body());
            assertTrue(page.body().contains("Task board"));
            try (WsClient socket = WsClient.open(server.wsUrl("/?token=" + SignIn.token(server, "user-alice")))) {
                assertEquals("user-alice", socket.next("connected").get("userId").asString());
            }
        }
    }

    @Test
    void without_a_page_a_plain_get_of_the_root_is_a_json_404_and_the_socket_still_works() {
        try (TestServer server = TestServer.start(Stage04.STAGE)) {
            var page = server.http().get("/");
            assertEquals(404, page.status(), page.body());
            assertTrue(page.json().has("error"));
            try (WsClient socket = WsClient.open(server.wsUrl("/?token=" + SignIn.token(server, "user-alice")))) {
                socket.next("connected");
            }
        }
    }
}
