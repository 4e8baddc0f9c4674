package taskboard.capstone.ui;

import java.util.Map;

import io.javalin.config.JavalinState;
import io.javalin.http.Header;
import io.javalin.http.staticfiles.Location;
import io.javalin.plugin.Plugin;
import taskboard.app.Services;

/**
 * L18: the browser UI of the live task board. The page is plain static files (HTML, CSS, ES
 * modules) served from the classpath folder {@code /public}: no build step and nothing fetched from
 * outside the server, so {@code http://localhost:3000/} works offline and in the browser tests.
 * Static files are matched after routes, so no API path can be shadowed by a file.
 */
public final class WebUiPlugin extends Plugin<WebUiPlugin.Config> {

    /** Where the page lives; tests or students can point it at a folder on disk while editing. */
    public static final class Config {
        public String directory = "/public";
        public Location location = Location.CLASSPATH;
    }

    public WebUiPlugin(Services services) {
        super(services.settings().tuning(Config.class), new Config());
    }

    @Override
    public void onStart(JavalinState state) {
        state.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = pluginConfig.directory;
            files.location = pluginConfig.location;
            // no-cache: a student editing the page sees the change on reload, and a new checkpoint
            // never runs against yesterday's cached scripts.
            files.headers = Map.of(Header.CACHE_CONTROL, "no-cache");
        });
    }
}
