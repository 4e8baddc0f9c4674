package taskboard.capstone.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;

/**
 * Challenges C2 and C3 in a real browser: a change shows at once and is undone when the server
 * refuses it; what is done offline waits in a queue, is replayed exactly once, and gives way to
 * the server's version when someone else changed the task first.
 */
@Timeout(120)
class OfflineBrowserIT extends TwoBrowsers {

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
        assertTrue(alice.driver().findElements(By.cssSelector(".task[data-pending=true]")).isEmpty());
    }

    @Test
    void challenge_c3_an_offline_create_replayed_twice_exists_once() {
        alice.network().online(false);
        String title = unique("Written on the train");
        alice.createTask(title);
        await().atMost(BoardPage.PATIENCE).until(() -> "1".equals(queued()));
        String queue = String.valueOf(alice.js("return localStorage.getItem(arguments[0])", queueKey()));
        assertEquals(0, users.countOnServer(title), "nothing reached the server while offline");

        alice.network().online(true);
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
        alice.network().online(false);
        String alices = unique("Alice's offline wording");
        alice.edit(id, alices);
        await().atMost(BoardPage.PATIENCE).until(() -> "1".equals(queued()));
        String bobs = unique("Bob's wording, saved first");
        users.renameAsBob(id, bobs);

        alice.network().online(true);
        // Alice's edit was made on the old version: the server refuses it (409) and the page shows Bob's.
        await().atMost(BoardPage.PATIENCE).until(() -> "0".equals(queued()) && alice.cardsTitled(bobs) == 1);
        assertEquals(0, alice.cardsTitled(alices));
        assertEquals(bobs, users.titleOnServer(id), "the server kept the change it saw first");
        assertTrue(alice.toast().contains("changed"), alice.toast());
    }

    private String queueKey() {
        return "taskboard.queue.user-alice";
    }

    private String queued() {
        return String.valueOf(alice.js("return JSON.parse(localStorage.getItem(arguments[0]) || '[]').length",
                queueKey()).toString());
    }
}
