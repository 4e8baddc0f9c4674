package taskboard.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import taskboard.data.BoardRepository;
import taskboard.data.Database;
import taskboard.data.EventLog;
import taskboard.data.TaskRepository;
import taskboard.data.TaskService;
import taskboard.data.UserRepository;
import taskboard.events.EventDelivery;

/**
 * The parts of a running task board that every plugin may use: settings, database, repositories,
 * the task service and the event delivery. Plugins of later lessons can share parts of their own
 * through {@link #component}.
 */
public final class Services implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Services.class);

    private final Settings settings;
    private final Database database;
    private final UserRepository users;
    private final BoardRepository boards;
    private final TaskRepository tasks;
    private final EventLog eventLog;
    private final EventDelivery delivery;
    private final TaskService taskService;
    private final Map<Class<?>, Object> components = new ConcurrentHashMap<>();
    private final Deque<AutoCloseable> closeables = new ArrayDeque<>();

    Services(Settings settings, Function<Services, EventDelivery> deliveryFactory) {
        this.settings = settings;
        this.database = Database.open(settings.dbPath());
        this.users = new UserRepository(database);
        this.boards = new BoardRepository(database);
        this.tasks = new TaskRepository(database);
        this.eventLog = new EventLog(database);
        this.delivery = deliveryFactory.apply(this);
        this.taskService = new TaskService(database, delivery);
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public UserRepository users() {
        return users;
    }

    public BoardRepository boards() {
        return boards;
    }

    public TaskRepository tasks() {
        return tasks;
    }

    public EventLog eventLog() {
        return eventLog;
    }

    public EventDelivery delivery() {
        return delivery;
    }

    public TaskService taskService() {
        return taskService;
    }

    /** The one shared instance of a type, created on first use; closed with the services if closeable. */
    public <T> T component(Class<T> type, Supplier<? extends T> create) {
        Object existing = components.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        synchronized (components) {
            existing = components.get(type);
            if (existing != null) {
                return type.cast(existing);
            }
            T created = create.get(); // may itself ask for other components
            components.put(type, created);
            if (created instanceof AutoCloseable closeable) {
                onClose(closeable);
            }
            return created;
        }
    }

    public <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(components.get(type)).map(type::cast);
    }

    /** Registers something to close when the server stops (closed in reverse order). */
    public void onClose(AutoCloseable closeable) {
        synchronized (closeables) {
            closeables.push(closeable);
        }
    }

    @Override
    public void close() {
        synchronized (closeables) {
            while (!closeables.isEmpty()) {
                closeQuietly(closeables.pop());
            }
        }
        closeQuietly(delivery);
        database.close();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            log.warn("Closing {} failed", closeable, e);
        }
    }
}
