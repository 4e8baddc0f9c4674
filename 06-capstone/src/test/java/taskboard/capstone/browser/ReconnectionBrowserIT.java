package taskboard.capstone.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * L7, L13 and L17 in a real browser: the page survives dropped connections and refused streams
 * without losing a change, finds long polling by itself when WebSocket and SSE cannot connect,
 * and works on each forced transport.
 */
@Timeout(120)
class ReconnectionBrowserIT extends TwoBrowsers {

    @Test
    void the_page_resumes_after_the_server_drops_its_event_streams_with_no_missed_task() {
        bob.open("?transport=sse").awaitLive();
        String before = unique("Before the drop");
        users.createAsBob(before, "list-todo");
        alice.awaitTitle(before, BoardPage.PATIENCE);
        bob.awaitTitle(before, BoardPage.PATIENCE);

        dropEveryConnection();
        // Made while the pages are cut off: Bob's SSE stream gets it back by Last-Event-ID,
        // Alice's WebSocket by rejoining with the last event id it had.
        String during = unique("Made while the streams were down");
        users.createAsBob(during, "list-progress");

        alice.awaitTitle(during, BoardPage.PATIENCE);
        bob.awaitTitle(during, BoardPage.PATIENCE);
        alice.awaitLive();
        bob.awaitLive();
        assertEquals(1, alice.cardsTitled(before), "nothing shown twice after the replay");
        assertEquals(1, bob.cardsTitled(before), "nothing shown twice after the replay");
        assertEquals("sse", bob.transport());
    }

    @Test
    void an_event_source_refused_with_a_non_200_answer_is_made_again_and_catches_up() {
        bob.open("?transport=sse").awaitLive();
        outage.refuse(true);
        dropEveryConnection(); // Bob's EventSource reconnects by itself, gets 503 and gives up for good
        await().atMost(BoardPage.PATIENCE).until(() -> outage.refused() > 0);
        String title = unique("Made while the stream was refused");
        users.createAsBob(title, "list-todo");
        outage.refuse(false);
        bob.awaitTitle(title, Duration.ofSeconds(20));
        bob.awaitLive();
        assertEquals("sse", bob.transport(), "still SSE: a new EventSource, not a fallback");
    }

    @Test
    void exercise_17_2_with_websocket_and_sse_blocked_the_chain_falls_back_to_long_polling() {
        bob.network().breakWebSocketAndSse();
        bob.open("");
        await().atMost(Duration.ofSeconds(20)).until(() -> "longpoll".equals(bob.transport()));
        bob.awaitLive();
        String title = unique("Delivered after the fallback");
        alice.createTask(title);
        bob.awaitTitle(title, BoardPage.PATIENCE);
        assertEquals("longpoll", bob.lastEventVia(), "the change came through the long poll");
        assertEquals("websocket", alice.transport(), "Alice, unblocked, stays on the chain's first transport");
    }

    @Test
    void forced_long_polling_still_updates_the_board() {
        bob.open("?transport=longpoll").awaitLive();
        assertEquals("longpoll", bob.transport());
        String title = unique("Delivered by long polling");
        alice.createTask(title);
        bob.awaitTitle(title, BoardPage.PATIENCE);
        assertEquals("longpoll", bob.lastEventVia(), "the change came through the long poll");
        assertTrue(bob.status().getText().contains("long polling (forced)"), bob.status().getText());
    }

    @Test
    void forced_short_polling_the_last_resort_still_updates_the_board() {
        bob.open("?transport=shortpoll&interval=500").awaitLive();
        String title = unique("Delivered by short polling");
        alice.createTask(title);
        bob.awaitTitle(title, BoardPage.PATIENCE);
        assertEquals("shortpoll", bob.lastEventVia(), "the change came with a poll of /updates");
    }

    /** Closes every TCP connection the server holds (streams, sockets, polls), as a proxy or a network blip would. */
    private void dropEveryConnection() {
        int dropped = 0;
        for (Connector connector : server.server().javalin().jettyServer().server().getConnectors()) {
            for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                endPoint.close();
                dropped++;
            }
        }
        assertTrue(dropped >= 2, "the pages' connections were open: " + dropped);
    }
}
