package taskboard.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite file (L2): WAL mode so readers never wait for the writer, foreign keys on, schema
 * created idempotently, and the course's seed inserted only into an empty database.
 *
 * <p>SQLite allows one writer at a time, so one write connection behind a lock serves every
 * transaction; reads use a few pooled connections of their own.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int READERS = 4;

    private final String url;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    // WAL lets readers run beside the writer, so reads get their own small pool of connections.
    private final BlockingQueue<Connection> readers = new LinkedBlockingQueue<>();
    private final AtomicInteger openedReaders = new AtomicInteger();
    private volatile boolean closed;

    private Database(String url, Connection writer) {
        this.url = url;
        this.writer = writer;
    }

    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            String url = "jdbc:sqlite:" + file.toAbsolutePath();
            Connection writer = config(false).createConnection(url);
            Database db = new Database(url, writer);
            db.runScript("/db/schema.sql");
            db.seedIfEmpty();
            log.info("SQLite database at {}", file.toAbsolutePath());
            return db;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    private static SQLiteConfig config(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // Another process sharing the file (a second instance in L16) may hold the write lock briefly.
        config.setBusyTimeout(5000);
        // BEGIN IMMEDIATE takes the write lock up front: two writers never deadlock on an upgrade.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setReadOnly(readOnly);
        return config;
    }

    /** Runs a classpath SQL script of idempotent statements (separated by ';' at line ends). */
    public void runScript(String resource) {
        String sql = readResource(resource);
        inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                for (String statement : sql.split(";\\s*(\\r?\\n|$)")) {
                    String trimmed = stripComments(statement);
                    if (!trimmed.isBlank()) {
                        st.execute(trimmed);
                    }
                }
            }
            return null;
        });
    }

    private void seedIfEmpty() {
        boolean empty = read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM users")) {
                return rs.next() && rs.getInt(1) == 0;
            }
        });
        if (empty) {
            runScript("/db/seed.sql");
            log.info("Seeded an empty database with the course's board-1");
        }
    }

    /** A unit of work against a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs read-only work on a pooled reader connection. */
    public <T> T read(Work<T> work) {
        Connection c = borrowReader();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        } finally {
            readers.offer(c);
        }
    }

    /** Runs work in one write transaction: all of it commits or none of it does. */
    public <T> T inTransaction(Work<T> work) {
        return inTransaction(work, result -> { });
    }

    /**
     * Like {@link #inTransaction(Work)}, then hands the result to {@code afterCommit} while still
     * holding the write lock: what commits first is announced first.
     */
    public <T> T inTransaction(Work<T> work, Consumer<T> afterCommit) {
        writeLock.lock();
        try {
            T result;
            // Auto-commit stays on between transactions: with it off, the driver would begin the next
            // (immediate) transaction right after each commit and hold SQLite's write lock for good,
            // locking out every other process on the file.
            writer.setAutoCommit(false);
            try {
                result = work.run(writer);
                writer.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    writer.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
            afterCommit.accept(result);
            return result;
        } catch (SQLException e) {
            throw new DataAccessException(e);
        } finally {
            writeLock.unlock();
        }
    }

    private Connection borrowReader() {
        Connection c = readers.poll();
        if (c != null) {
            return c;
        }
        if (openedReaders.incrementAndGet() <= READERS) {
            try {
                return config(true).createConnection(url);
            } catch (SQLException e) {
                openedReaders.decrementAndGet();
                throw new DataAccessException(e);
            }
        }
        openedReaders.decrementAndGet();
        try {
            return readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a database connection", e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        writeLock.lock();
        try {
            writer.close();
            Connection c;
            while ((c = readers.poll()) != null) {
                c.close();
            }
        } catch (SQLException e) {
            log.warn("Closing the database failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    private static String stripComments(String statement) {
        StringBuilder out = new StringBuilder();
        for (String line : statement.split("\\r?\\n")) {
            if (!line.trim().startsWith("--")) {
                out.append(line).append('\n');
            }
        }
        return out.toString().trim();
    }

    private static String readResource(String resource) {
        try (InputStream in = Database.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SQL failure that is not the caller's fault: it becomes a logged 500. */
    public static final class DataAccessException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DataAccessException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
