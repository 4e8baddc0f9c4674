package taskboard.capstone.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import taskboard.capstone.Stage06;
import taskboard.testing.TestServer;

/** L18: /admin is for the operator holding ADMIN_TOKEN, and closed when there is none. */
@Timeout(30)
class AdminGateIT {

    @Test
    void admin_endpoints_answer_the_operator_token_only() {
        try (TestServer server = TestServer.start(Stage06.STAGE, s -> s.withEnv("ADMIN_TOKEN", "s3cret"))) {
            var withToken = server.http().get("/admin/runtime", "Authorization", "Bearer s3cret");
            assertEquals(200, withToken.status(), withToken.body());
            assertTrue(withToken.json().get("threads").asInt() > 0, withToken.body());

            var without = server.http().get("/admin/runtime");
            assertEquals(401, without.status(), without.body());
            assertTrue(without.json().get("error").asString().contains("Authorization: Bearer"), without.body());

            var wrong = server.http().get("/admin/runtime", "Authorization", "Bearer guess");
            assertEquals(403, wrong.status(), wrong.body());
        }
    }

    @Test
    void without_admin_token_the_admin_endpoints_are_closed_and_say_how_to_open_them() {
        try (TestServer server = TestServer.start(Stage06.STAGE)) {
            var closed = server.http().get("/admin/runtime", "Authorization", "Bearer anything");
            assertEquals(403, closed.status(), closed.body());
            assertTrue(closed.json().get("error").asString().contains("ADMIN_TOKEN"), closed.body());
            assertEquals(200, server.http().get("/health").status(), "the rest of the server is up");
        }
    }

    @Test
    void unknown_routes_still_answer_the_json_404_not_a_sign_in_error() {
        try (TestServer server = TestServer.start(Stage06.STAGE)) {
            var missing = server.http().get("/admin/nothing-here");
            assertEquals(404, missing.status(), missing.body());
        }
    }
}
