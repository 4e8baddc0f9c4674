package taskboard.exercises.l14;

import java.util.function.Consumer;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import taskboard.app.Services;
import taskboard.events.BoardEvent;

/**
 * L14 exercise 2: a new consumer needs no route change. This plugin only subscribes, and writes one
 * line per event, e.g. {@code event board-1 #7 task_moved task-3}.
 */
public final class EventLogging extends Plugin<EventLogging.Config> {

    /** Where the lines go (tests collect them). */
    public static final class Config {
        public Consumer<String> sink = System.out::println;
    }

    private final Services services;

    public EventLogging(Services services) {
        super(services.settings().tuning(Config.class), new Config());
        this.services = services;
    }

    @Override
    public void onStart(JavalinState state) {
        Runnable unsubscribe = services.delivery().subscribe(event -> pluginConfig.sink.accept(line(event)));
        services.onClose(unsubscribe::run);
    }

    /** {@code event <boardId> #<id> <type> <taskId>} */
    static String line(BoardEvent event) {
        return "event " + event.boardId() + " #" + event.id() + " " + event.type() + " " + event.taskId();
    }
}
