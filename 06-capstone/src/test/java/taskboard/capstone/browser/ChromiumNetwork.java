package taskboard.capstone.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One browser's network as the tests bend it, through Chromium's own DevTools commands, so what
 * fails really fails inside the browser: offline (every request errors, navigator.onLine is
 * false), or WebSocket and SSE unreachable while plain HTTP still works.
 */
final class ChromiumNetwork {
    private final ChromeDriver driver;
    private String breakage; // the id of the script that breaks WebSocket and SSE, while installed

    ChromiumNetwork(ChromeDriver driver) {
        this.driver = driver;
    }

    void online(boolean online) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of(
                "offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /**
     * From the next page load on, the page's WebSocket and EventSource connect to a port where
     * nothing listens, so both fail for real (connection refused), as behind a proxy that passes
     * neither upgrades nor streams. {@link #restore} undoes it.
     */
    void breakWebSocketAndSse() {
        String script = """
                (() => {
                  const dead = (scheme) => `${scheme}://127.0.0.1:%d/unreachable`;
                  const RealSocket = window.WebSocket, RealSource = window.EventSource;
                  window.WebSocket = class extends RealSocket { constructor(url, p) { super(dead('ws'), p); } };
                  window.EventSource = class extends RealSource { constructor(url, o) { super(dead('http'), o); } };
                })();
                """.formatted(deadPort());
        Map<String, Object> added = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
        breakage = String.valueOf(added.get("identifier"));
    }

    /** Back to normal: online, and nothing broken on the next page load. */
    void restore() {
        online(true);
        if (breakage != null) {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", breakage));
            breakage = null;
        }
    }

    /** A port nobody listens on: free a moment ago, and nothing here will take it. */
    private static int deadPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
