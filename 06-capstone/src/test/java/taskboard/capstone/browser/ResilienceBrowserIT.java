package taskboard.capstone.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * L13, L17 and challenges C2-C3 in a real browser: the page survives dropped connections without
 * losing a change, still works on long polling alone, undoes what the server refuses, and keeps
 * what was done offline, exactly once.
 */
@Timeout(120)
class ResilienceBrowserIT extends TwoBrowsers {

    @Test
    void the_page_resumes_after_the_server_drops_its_event_streams_with_no_missed_task() {
        bob.open("?transport=sse").awaitLive();
        String before = unique("Before the drop");
        users.createAsBob(before, "list-todo");
        alice.awaitTitle(before, BoardPage.PATIENCE);
        bob.awaitTitle(before, BoardPage.PATIENCE);

        dropEveryConnection();
        // Made while the pages are cut off: Bob's SSE stream gets it back by Last-Event-ID,
        // Alice's WebSocket page by the resync after it rejoins.
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
        bob.breakWebSocketAndSse(deadPort());
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

    @Test
    void challenge_c2_a_refused_optimistic_create_is_rolled_back() {
        // Watch for the optimistic card, which may live for only a few milliseconds.
        alice.js("window.seenPending = []; new MutationObserver(ms => ms.forEach(m => m.addedNodes.forEach(n => {"
                + " if (n.nodeType !== 1) return;"
                + " [n, ...n.querySelectorAll('.task')].filter(c => c.matches('.task[data-pending=true]'))"
                + ".forEach(c => window.seenPending.push(c.dataset.taskId)); })))"
                + ".observe(document.getElementById('lists'), {childList: true, subtree: true});");
        String tooLong = "x".repeat(501); // the server's limit is 500 characters
        alice.createTask(tooLong);
        await().atMost(BoardPage.PATIENCE).until(() -> alice.toast().contains("500"));
        assertTrue(alice.js("return window.seenPending.length").toString().matches("[1-9]\\d*"),
                "the card was shown before the server answered");
        assertEquals(0, alice.cardsTitled(tooLong), "and removed when the server refused it");
        assertEquals(0, users.countOnServer(tooLong));
        assertTrue(alice.driver().findElements(org.openqa.selenium.By.cssSelector(".task[data-pending=true]")).isEmpty());
    }

    @Test
    void challenge_c3_an_offline_create_replayed_twice_exists_once() {
        alice.network(false);
        String title = unique("Written on the train");
        alice.createTask(title);
        await().atMost(BoardPage.PATIENCE).until(() -> "1".equals(queued()));
        String queue = String.valueOf(alice.js("return localStorage.getItem(arguments[0])", queueKey()));
        assertEquals(0, users.countOnServer(title), "nothing reached the server while offline");

        alice.network(true);
        await().atMost(BoardPage.PATIENCE).until(() -> users.countOnServer(title) == 1 && "0".equals(queued()));

        // As if the page had died after sending but before forgetting: the same create goes again.
        alice.js("localStorage.setItem(arguments[0], arguments[1])", queueKey(), queue);
        alice.reload();
        await().atMost(BoardPage.PATIENCE).until(() -> "0".equals(queued()));
        assertEquals(1, users.countOnServer(title), "the replay was recognised by its Idempotency-Key");
        alice.awaitTitle(title, BoardPage.PATIENCE);
        bob.awaitTitle(title, BoardPage.PATIENCE);
    }

    @Test
    void challenge_c3_an_offline_edit_that_conflicts_gives_way_to_the_server_s_version() {
        String id = users.createAsBob(unique("Agree the sprint goal"), "list-todo");
        await().atMost(BoardPage.PATIENCE).until(() -> alice.cardIn("list-todo", id) != null);
        alice.network(false);
        String alices = unique("Alice's offline wording");
        alice.edit(id, alices);
        await().atMost(BoardPage.PATIENCE).until(() -> "1".equals(queued()));
        String bobs = unique("Bob's wording, saved first");
        users.renameAsBob(id, bobs);

        alice.network(true);
        // Alice's edit was made on the old version: the server refuses it (409) and the page shows Bob's.
        await().atMost(BoardPage.PATIENCE).until(() -> "0".equals(queued()) && alice.cardsTitled(bobs) == 1);
        assertEquals(0, alice.cardsTitled(alices));
        assertEquals(bobs, users.titleOnServer(id), "the server kept the change it saw first");
        assertTrue(alice.toast().contains("changed"), alice.toast());
    }

    /** A port nobody listens on: free a moment ago, and nothing here will take it. */
    private static int deadPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String queueKey() {
        return "taskboard.queue.user-alice";
    }

    private String queued() {
        return String.valueOf(alice.js("return JSON.parse(localStorage.getItem(arguments[0]) || '[]').length",
                queueKey()).toString());
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
