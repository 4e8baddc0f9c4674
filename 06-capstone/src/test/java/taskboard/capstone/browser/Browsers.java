package taskboard.capstone.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium for the browser tests: Debian's {@code chromium} and {@code chromedriver},
 * named explicitly so Selenium never tries to download a browser or a driver. Override the paths
 * with CHROMIUM_BIN / CHROMEDRIVER_BIN on other systems.
 */
final class Browsers {
    static final String INSTALL = "sudo apt-get install -y chromium chromium-driver";

    // Selenium warns on every start that it has no DevTools bindings for this exact Chromium
    // version; the tests use only plain CDP commands, which need none. Held so it is not collected.
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(Level.SEVERE);
    }

    private Browsers() {
    }

    static Path chromium() {
        return Path.of(env("CHROMIUM_BIN", "/usr/bin/chromium"));
    }

    static Path chromedriver() {
        return Path.of(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
    }

    /**
     * Skips the browser tests, loudly, when Chromium is missing; fails them instead where they are
     * mandatory (TASKBOARD_REQUIRE_BROWSER=1, as in CI).
     */
    static void requireChromium() {
        if (Files.isExecutable(chromium()) && Files.isExecutable(chromedriver())) {
            return;
        }
        String message = "Chromium or chromedriver is missing (looked for " + chromium() + " and " + chromedriver()
                + "): the browser tests need them. Install them with: " + INSTALL;
        if ("1".equals(System.getenv("TASKBOARD_REQUIRE_BROWSER"))) {
            Assertions.fail(message);
        }
        System.err.println();
        System.err.println("*** BROWSER TESTS SKIPPED *** " + message);
        System.err.println();
        Assumptions.abort(message);
    }

    /** A fresh headless browser with its own empty profile: nothing shared with another test browser. */
    static Browser start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("taskboard-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver().toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,860", "--user-data-dir=" + profile);
        return new Browser(new ChromeDriver(service, options), profile);
    }

    /** A running browser and its profile folder, deleted when it quits. */
    record Browser(ChromeDriver driver, Path profile) implements AutoCloseable {
        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                try (Stream<Path> paths = Files.walk(profile)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a leftover temporary profile is harmless
                }
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
