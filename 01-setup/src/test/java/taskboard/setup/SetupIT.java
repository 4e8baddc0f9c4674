package taskboard.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.sql.Statement;
import java.util.List;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import taskboard.app.Services;
import taskboard.testing.TestServer;

/** What only 01-setup's own start-up shows: the database file, the seed, and the 500 format. */
@Timeout(30)
class SetupIT {

    @Test
    void data_survives_a_restart_and_the_seed_is_not_inserted_twice() {
        try (TestServer server = TestServer.start(Stage01.STAGE)) {
            String id = server.http().post("/tasks", json("title", "Survivor", "listId", "list-todo")).json()
                    .get("id").asString();
            assertEquals(204, server.http().delete("/tasks/task-2").status());

            server.restart();

            var tasks = server.http().get("/boards/board-1/tasks").json().get("data");
            assertEquals(List.of("task-1", id, "task-3", "task-4"), RestApiContract.ids(tasks));
        }
    }

    @Test
    void the_database_is_in_wal_mode_with_foreign_keys_on() {
        try (TestServer server = TestServer.start(Stage01.STAGE)) {
            server.services().database().read(c -> {
                try (Statement st = c.createStatement()) {
                    var mode = st.executeQuery("PRAGMA journal_mode");
                    assertEquals("wal", mode.getString(1));
                    var keys = st.executeQuery("PRAGMA foreign_keys");
                    assertEquals(1, keys.getInt(1));
                }
                return null;
            });
        }
    }

    /** A feature that fails, to see what a client gets from an unexpected exception. */
    public static final class FailingPlugin extends Plugin<Void> {
        public FailingPlugin(Services services) {
        }

        @Override
        public void onStart(JavalinState state) {
            state.routes.get("/fail", ctx -> {
                throw new IllegalStateException("secret internal detail");
            });
        }
    }

    @Test
    void an_unexpected_failure_is_a_json_500_without_the_stack_trace() {
        try (TestServer server = TestServer.start(Stage01.STAGE.with(FailingPlugin.class, FailingPlugin::new))) {
            var response = server.http().get("/fail");
            assertEquals(500, response.status());
            assertEquals("Internal server error", response.json().get("error").asString());
            assertFalse(response.body().contains("secret") || response.body().contains("at taskboard"), response.body());
            assertTrue(server.http().get("/health").status() == 200, "the server stays up");
        }
    }
}
