package taskboard.app;

import java.util.concurrent.atomic.AtomicBoolean;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson3;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running checkpoint: the Javalin server with its stage's plugins, and the services behind it.
 * Every stage shares this factory: JSON mapping, the error format, the body size limit.
 */
public final class TaskBoardServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TaskBoardServer.class);

    /** Request bodies larger than this are refused with 413 before they are parsed. */
    public static final long MAX_BODY_BYTES = 64 * 1024;

    private final Stage stage;
    private final Services services;
    private final Javalin javalin;

    // Ctrl-C or SIGTERM stops the server the same way close() does: polls answered, database closed.
    private final Thread shutdownHook = new Thread(this::stop, "taskboard-shutdown");
    private final AtomicBoolean stopped = new AtomicBoolean();

    private TaskBoardServer(Stage stage, Services services, Javalin javalin) {
        this.stage = stage;
        this.services = services;
        this.javalin = javalin;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    static TaskBoardServer start(Stage stage, Settings settings) {
        Services services = new Services(settings, stage.deliveryFactory());
        try {
            Javalin javalin = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.jsonMapper(new JavalinJackson3(Json.MAPPER, false));
                config.http.maxRequestSize = MAX_BODY_BYTES;
                ErrorHandling.install(config.routes);
                for (Stage.Feature feature : stage.features()) {
                    config.registerPlugin(feature.create().apply(services));
                }
            });
            javalin.start(settings.port());
            log.info("{} listening on http://localhost:{}", stage.name(), javalin.port());
            return new TaskBoardServer(stage, services, javalin);
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    public Stage stage() {
        return stage;
    }

    public Services services() {
        return services;
    }

    public Javalin javalin() {
        return javalin;
    }

    public int port() {
        return javalin.port();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** Stops accepting requests, lets plugins answer what is in flight, then closes the services. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to: it stops the server
        }
        stop();
    }

    private void stop() {
        if (stopped.compareAndSet(false, true)) {
            javalin.stop();
            services.close();
        }
    }
}
