package taskboard.capstone.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import taskboard.app.TaskBoardServer;
import taskboard.capstone.Stage06;
import taskboard.testing.TestServer;

/**
 * L13 and L7 across a restart: the server goes away, the board changes meanwhile (through another
 * instance on the same database), the server comes back on the same address, and the page shows
 * the change without a reload: it reconnects with backoff, rejoins with its last event id, and the
 * event log in the database fills the gap. Sessions live in the database too, so nobody signs in again.
 */
@Timeout(120)
class RestartBrowserIT {

    @Test
    void the_page_comes_back_after_a_server_restart_with_what_changed_meanwhile() {
        Browsers.requireChromium();
        try (TestServer first = TestServer.start(Stage06.STAGE); Browsers.Browser browser = Browsers.start()) {
            DemoUsers users = DemoUsers.signIn(first.http());
            BoardPage alice = new BoardPage(browser.driver(), first.baseUrl()).open("");
            alice.signInAs("alice");
            int port = first.port();

            first.server().close(); // sockets get 1001 "going away", streams end
            await().atMost(BoardPage.PATIENCE).until(() -> !"live".equals(alice.status().getDomAttribute("data-state")));

            String title = "Made while the server was down";
            try (TestServer other = first.sibling(Stage06.STAGE, s -> s)) {
                new DemoUsers(other.http(), users.aliceToken(), users.bobToken()).createAsBob(title, "list-todo");
            }
            assertEquals(0, alice.cardsTitled(title), "not there before the server is back");

            TaskBoardServer again = Stage06.STAGE.start(first.settings().withPort(port));
            try {
                alice.awaitTitle(title, Duration.ofSeconds(40)); // the backoff may be several seconds by now
                alice.awaitLive();
                assertEquals("websocket", alice.transport(), "back on the chain's first transport");
            } finally {
                again.close();
            }
        }
    }
}
