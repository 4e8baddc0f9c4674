package taskboard.capstone.browser;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The task board page as a person sees it: what the tests click, type and read. Every wait is for
 * a condition on the page, never a fixed sleep.
 */
final class BoardPage {
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final ChromiumNetwork network;

    BoardPage(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.network = new ChromiumNetwork(driver);
    }

    /** The browser's network, as the tests bend it: offline, or WebSocket and SSE unreachable. */
    ChromiumNetwork network() {
        return network;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens the page (e.g. {@code "?transport=longpoll"}) and waits until the board is live. */
    BoardPage open(String query) {
        driver.get(baseUrl + "/" + query);
        return this;
    }

    void signInAs(String demoUser) {
        await().atMost(PATIENCE).until(() -> driver.findElement(By.id("sign-in")).isDisplayed());
        driver.findElement(By.cssSelector("[data-demo-user='" + demoUser + "']")).click();
        awaitLive();
    }

    void awaitLive() {
        await().atMost(PATIENCE).until(() -> "live".equals(status().getDomAttribute("data-state")));
    }

    WebElement status() {
        return driver.findElement(By.id("status"));
    }

    String transport() {
        return status().getDomAttribute("data-transport");
    }

    /** Which transport delivered the last board event the page applied. */
    String lastEventVia() {
        return String.valueOf(js("return document.getElementById('status').dataset.lastEventVia || ''"));
    }

    void typeNewTask(String text) {
        driver.findElement(By.id("new-task-title")).sendKeys(text);
    }

    /** Types a title into the new-task field and presses Add; returns the page's clock (ms) at the press. */
    long createTask(String title) {
        // Set by script: typing 500 characters key by key is slow and proves nothing more.
        return ((Number) js("const i = document.getElementById('new-task-title'); i.value = arguments[0];"
                + " i.dispatchEvent(new Event('input'));"
                + " const at = Date.now(); document.getElementById('new-task-add').click(); return at;", title)).longValue();
    }

    /** Edits a card's title the way a person does: the pencil, the new text, Enter. */
    void edit(String taskId, String newTitle) {
        driver.findElement(By.cssSelector(".task[data-task-id='" + taskId + "'] .task-edit")).click();
        WebElement input = driver.findElement(By.cssSelector(".task[data-task-id='" + taskId + "'] .task-edit-input"));
        // Select-all and type over: WebDriver's clear() would blur the field, which saves it.
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), newTitle, Keys.ENTER);
    }

    /** The titles shown on the cards, as text. */
    List<String> titles() {
        return driver.findElements(By.cssSelector(".task .task-title")).stream().map(WebElement::getText).toList();
    }

    /** The card of a task (by id) in a given list, or null. */
    WebElement cardIn(String listId, String taskId) {
        List<WebElement> found = driver.findElements(
                By.cssSelector(".tasks[data-list-id='" + listId + "'] .task[data-task-id='" + taskId + "']"));
        return found.isEmpty() ? null : found.get(0);
    }

    long cardsTitled(String title) {
        return titles().stream().filter(title::equals).count();
    }

    void awaitTitle(String title, Duration within) {
        await().atMost(within).until(() -> cardsTitled(title) == 1);
    }

    List<String> viewerIds() {
        return driver.findElements(By.cssSelector("#presence .avatar")).stream()
                .map(e -> e.getDomAttribute("data-user-id")).toList();
    }

    String typingLine() {
        return driver.findElement(By.id("typing")).getText();
    }

    String toast() {
        return String.valueOf(js("return document.getElementById('toast').textContent"));
    }

    /**
     * Drags a card onto a list with the HTML5 drag-and-drop events a person's mouse produces
     * (dragstart, dragover, drop, dragend) dispatched in the page with one shared DataTransfer:
     * chromedriver's native drag does not drive HTML5 drag and drop reliably.
     */
    void drag(String taskId, String listId) {
        js("""
                const card = document.querySelector(`.task[data-task-id='${arguments[0]}']`);
                const list = document.querySelector(`.list[data-list-id='${arguments[1]}']`);
                const data = new DataTransfer();
                const box = list.getBoundingClientRect();
                const at = {bubbles: true, cancelable: true, dataTransfer: data,
                            clientX: box.left + box.width / 2, clientY: box.bottom - 5};
                card.dispatchEvent(new DragEvent('dragstart', at));
                list.dispatchEvent(new DragEvent('dragover', at));
                list.dispatchEvent(new DragEvent('drop', at));
                card.dispatchEvent(new DragEvent('dragend', at));
                """, taskId, listId);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    void reload() {
        driver.navigate().refresh();
        awaitLive();
    }
}
