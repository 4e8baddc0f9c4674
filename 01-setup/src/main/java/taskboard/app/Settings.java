package taskboard.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a checkpoint starts with: its port, its database file, the environment, and tuning of the
 * lessons' constants (each plugin's config class), which tests use to shrink 30 s timeouts to
 * milliseconds. Immutable: every {@code with...}/{@code tune} returns a new Settings.
 */
public final class Settings {
    public static final int DEFAULT_PORT = 3000;
    public static final String DEFAULT_DB_PATH = "taskboard.db";

    private final int port;
    private final Path dbPath;
    private final Map<String, String> env;
    private final Map<Class<?>, List<Consumer<Object>>> tuning;

    private Settings(int port, Path dbPath, Map<String, String> env, Map<Class<?>, List<Consumer<Object>>> tuning) {
        this.port = port;
        this.dbPath = dbPath;
        this.env = Map.copyOf(env);
        this.tuning = Map.copyOf(tuning);
    }

    /** PORT (default 3000) and DB_PATH (default taskboard.db in the working directory). */
    public static Settings fromEnv() {
        return fromEnv(System.getenv());
    }

    public static Settings fromEnv(Map<String, String> env) {
        String port = env.getOrDefault("PORT", String.valueOf(DEFAULT_PORT));
        int parsed;
        try {
            parsed = Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number, got '" + port + "'");
        }
        return new Settings(parsed, Path.of(env.getOrDefault("DB_PATH", DEFAULT_DB_PATH)), env, Map.of());
    }

    /** A port (0 picks a free one) and a database file, with an empty environment: what tests use. */
    public static Settings of(int port, Path dbPath) {
        return new Settings(port, dbPath, Map.of(), Map.of());
    }

    public int port() {
        return port;
    }

    public Path dbPath() {
        return dbPath;
    }

    public Optional<String> env(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    public Settings withPort(int newPort) {
        return new Settings(newPort, dbPath, env, tuning);
    }

    public Settings withEnv(String name, String value) {
        Map<String, String> copy = new HashMap<>(env);
        copy.put(name, value);
        return new Settings(port, dbPath, copy, tuning);
    }

    /** Adds a change to a plugin's config, e.g. {@code tune(LongPollPlugin.Config.class, c -> c.timeout = ...)}. */
    @SuppressWarnings("unchecked")
    public <C> Settings tune(Class<C> configType, Consumer<? super C> change) {
        Map<Class<?>, List<Consumer<Object>>> copy = new HashMap<>(tuning);
        List<Consumer<Object>> changes = new ArrayList<>(copy.getOrDefault(configType, List.of()));
        changes.add((Consumer<Object>) change);
        copy.put(configType, List.copyOf(changes));
        return new Settings(port, dbPath, env, copy);
    }

    /** Every change tuned for a config type, as one consumer (what a plugin's constructor takes). */
    public <C> Consumer<C> tuning(Class<C> configType) {
        List<Consumer<Object>> changes = tuning.getOrDefault(configType, List.of());
        return config -> changes.forEach(change -> change.accept(config));
    }

    /** Applies the tuning of a config's type to it and returns it. */
    @SuppressWarnings("unchecked")
    public <C> C configure(C config) {
        tuning((Class<C>) config.getClass()).accept(config);
        return config;
    }
}
