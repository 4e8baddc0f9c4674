package taskboard.capstone.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/**
 * L18 in a real browser: two people, Alice and Bob, on the same board. What one does, the other
 * sees, live: new tasks, moves by drag and drop, who is here, who is typing, and where their
 * pointer is (C1). Titles are text, never markup.
 */
@Timeout(120)
class LiveBoardBrowserIT extends TwoBrowsers {

    @Test
    void a_task_created_by_alice_appears_for_bob_within_a_second() {
        // Both pages stamp with the same machine clock: Alice's when she presses Add, Bob's when
        // the card appears in his page (a MutationObserver), so the figure is the page-to-page time.
        bob.js("window.seenAt = {}; new MutationObserver(() => document.querySelectorAll('.task-title').forEach(t => {"
                + " if (!(t.textContent in window.seenAt)) window.seenAt[t.textContent] = Date.now(); }))"
                + ".observe(document.getElementById('lists'), {childList: true, subtree: true, characterData: true});");
        List<Long> latencies = new ArrayList<>();
        for (String words : List.of("Write the release notes", "Book the retro room", "Fix the flaky login test",
                "Update the changelog", "Invite the design team")) {
            String title = unique(words);
            long pressed = alice.createTask(title);
            bob.awaitTitle(title, Duration.ofSeconds(1));
            latencies.add(((Number) bob.js("return window.seenAt[arguments[0]]", title)).longValue() - pressed);
            assertEquals(1, users.countOnServer(title), "created once on the server");
        }
        Collections.sort(latencies);
        System.out.printf("Alice's new task on Bob's page after (ms, 5 creates, sorted): %s%n", latencies);
        assertTrue(latencies.get(latencies.size() - 1) < 1000, "each within a second: " + latencies);
    }

    @Test
    void presence_shows_both_viewers_to_each_of_them() {
        await().atMost(BoardPage.PATIENCE).until(() -> alice.viewerIds().containsAll(List.of("user-alice", "user-bob")));
        await().atMost(BoardPage.PATIENCE).until(() -> bob.viewerIds().containsAll(List.of("user-alice", "user-bob")));
        assertEquals(2, alice.viewerIds().size(), "one avatar per user: " + alice.viewerIds());
    }

    @Test
    void bob_typing_shows_for_alice_and_expires_by_itself() {
        bob.typeNewTask("Order pizza for the");
        await().atMost(BoardPage.PATIENCE).until(() -> alice.typingLine().equals("Bob is typing..."));
        assertEquals("", bob.typingLine(), "nobody is told about their own typing");
        // Bob stops without submitting: the indicator goes away on its own.
        await().atMost(Duration.ofSeconds(15)).until(() -> alice.typingLine().isEmpty());
    }

    @Test
    void a_drag_and_drop_move_shows_for_the_other_user() {
        String id = users.createAsBob(unique("Review the pull request"), "list-todo");
        await().atMost(BoardPage.PATIENCE).until(() -> alice.cardIn("list-todo", id) != null);
        alice.drag(id, "list-done");
        await().atMost(BoardPage.PATIENCE).until(() -> bob.cardIn("list-done", id) != null);
        assertTrue(bob.cardIn("list-todo", id) == null, "the card left its old list on Bob's page");
        assertNotNull(alice.cardIn("list-done", id), "and it is in Done on Alice's page too");
    }

    @Test
    void a_title_that_looks_like_html_is_shown_as_text() {
        String title = "<img src=x onerror=alert(1)> " + unique("<b>bold</b>");
        users.createAsBob(title, "list-todo");
        alice.awaitTitle(title, BoardPage.PATIENCE);
        assertTrue(alice.driver().findElements(By.cssSelector(".task img, .task b")).isEmpty(),
                "no element was made from the title");
        assertEquals(title, alice.js("return [...document.querySelectorAll('.task-title')]"
                + ".map(e => e.textContent).find(t => t.startsWith('<img'))"));
    }

    @Test
    void a_wrong_password_is_refused_with_the_server_s_message_and_signs_nobody_in() {
        bob.driver().findElement(By.id("sign-out")).click();
        await().atMost(BoardPage.PATIENCE).until(() -> bob.driver().findElement(By.id("sign-in")).isDisplayed());
        try {
            bob.driver().findElement(By.id("email")).sendKeys("bob@example.com");
            bob.driver().findElement(By.id("password")).sendKeys("not-bobs-password");
            bob.driver().findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
            await().atMost(BoardPage.PATIENCE).until(() ->
                    bob.driver().findElement(By.id("sign-in-error")).getText().equals("Invalid email or password"));
            assertTrue(!bob.driver().findElement(By.id("board")).isDisplayed(), "the board stays hidden");
        } finally {
            bob.signInAs("bob"); // the other tests need Bob back
        }
        await().atMost(BoardPage.PATIENCE).until(() -> alice.viewerIds().contains("user-bob"));
    }

    @Test
    void challenge_c1_bob_s_cursor_shows_on_alice_s_page() {
        new Actions(bob.driver()).moveToElement(bob.driver().findElement(By.id("lists")), 40, 30)
                .moveByOffset(60, 20).perform();
        await().atMost(BoardPage.PATIENCE).until(() ->
                !alice.driver().findElements(By.cssSelector("#cursors .cursor[data-user-id='user-bob']")).isEmpty());
        assertEquals("Bob", alice.driver().findElement(By.cssSelector("#cursors .cursor[data-user-id='user-bob']")).getText());
        assertTrue(bob.driver().findElements(By.cssSelector("#cursors .cursor")).isEmpty(), "nobody sees their own cursor");
    }

    /** The README's picture of the board: Alice's page while Bob is typing and pointing. */
    @AfterAll
    void saveScreenshotOfTheBoard() throws IOException {
        if (alice == null) {
            return;
        }
        new Actions(bob.driver()).moveToElement(bob.driver().findElement(By.id("lists")), 120, 60).perform();
        bob.typeNewTask("Plan the demo");
        try {
            await().atMost(Duration.ofSeconds(3)).until(() -> alice.typingLine().equals("Bob is typing..."));
        } catch (ConditionTimeoutException e) {
            // the picture is still worth taking; the typing test above reports the failure
        }
        // Every run leaves its picture in target/; -Dscreenshot.update=true also refreshes the README's copy.
        byte[] picture = alice.screenshot();
        Path module = Path.of(System.getProperty("basedir", "."));
        Path target = module.resolve("target");
        Files.createDirectories(target);
        Files.write(target.resolve("board.png"), picture);
        if (Boolean.getBoolean("screenshot.update")) {
            Files.write(module.resolve("docs").resolve("board.png"), picture);
        }
    }
}
