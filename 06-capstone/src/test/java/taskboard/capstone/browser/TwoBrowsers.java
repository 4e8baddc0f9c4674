package taskboard.capstone.browser;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import taskboard.capstone.Stage06;
import taskboard.sse.SsePlugin;
import taskboard.testing.TestServer;

/**
 * The setting of every browser test: the capstone as students run it (sign-in gate, page, cursors)
 * on a free port with a fresh database, and two headless Chromium browsers, Alice's and Bob's,
 * signed in once and reused by every test of the class (starting a browser costs seconds;
 * reloading the page costs milliseconds).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoBrowsers {
    private static final AtomicInteger NAMES = new AtomicInteger();

    TestServer server;
    DemoUsers users;
    StreamOutage outage;
    Browsers.Browser aliceBrowser;
    Browsers.Browser bobBrowser;
    BoardPage alice;
    BoardPage bob;

    @BeforeAll
    void startServerAndBrowsers() {
        Browsers.requireChromium();
        // retry: 1 s instead of 5 s, so a dropped stream comes back quickly and the gap is still visible.
        server = TestServer.start(Stage06.STAGE.with(StreamOutage.class, StreamOutage::new),
                s -> s.tune(SsePlugin.Config.class, c -> c.retry = Duration.ofSeconds(1)));
        outage = server.services().find(StreamOutage.class).orElseThrow();
        users = DemoUsers.signIn(server.http());
        var bobStarting = CompletableFuture.supplyAsync(Browsers::start); // both at once: half the wait
        aliceBrowser = Browsers.start();
        bobBrowser = bobStarting.join();
        alice = new BoardPage(aliceBrowser.driver(), server.baseUrl()).open("");
        bob = new BoardPage(bobBrowser.driver(), server.baseUrl()).open("");
        alice.signInAs("alice");
        bob.signInAs("bob");
    }

    /** Each test starts from freshly loaded pages on the default transport chain. */
    @BeforeEach
    void reloadPages() {
        alice.network().restore(); // even if a test that bent the network failed half-way
        bob.network().restore();
        outage.refuse(false);
        alice.open("").awaitLive();
        bob.open("").awaitLive();
    }

    @AfterAll
    void stopBrowsersAndServer() {
        closeQuietly(aliceBrowser);
        closeQuietly(bobBrowser);
        if (server != null) {
            server.close();
        }
    }

    /** A title no other test uses. */
    static String unique(String text) {
        return text + " #" + NAMES.incrementAndGet();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // the browser is gone either way
        }
    }
}
