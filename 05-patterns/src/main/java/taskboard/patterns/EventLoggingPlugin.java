package taskboard.patterns;

import java.util.function.Consumer;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import taskboard.app.Services;
import taskboard.events.BoardEvent;

/**
 * L14 exercise 2: a logging subscriber. A new consumer of board events, added without touching a
 * single route: it subscribes to the bus and writes one line per event.
 */
public final class EventLoggingPlugin extends Plugin<EventLoggingPlugin.Config> {
    private static final Logger log = LoggerFactory.getLogger(EventLoggingPlugin.class);

    public static final class Config {
        /** Where the lines go: the application log by default (tests collect them). */
        public Consumer<String> sink = log::info;
    }

    private final Services services;

    public EventLoggingPlugin(Services services) {
        super(services.settings().tuning(Config.class), new Config());
        this.services = services;
    }

    @Override
    public void onStart(JavalinState state) {
        Runnable unsubscribe = services.delivery().subscribe(this::log);
        services.onClose(unsubscribe::run);
    }

    private void log(BoardEvent event) {
        pluginConfig.sink.accept(line(event));
    }

    /** e.g. {@code event board-1 #7 task_moved task-3} */
    static String line(BoardEvent event) {
        return "event " + event.boardId() + " #" + event.id() + " " + event.type() + " " + event.taskId();
    }
}
