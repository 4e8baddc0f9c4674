package taskboard.exercises.l06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import taskboard.exercises.testing.Eventually;
import taskboard.exercises.testing.ExerciseFailures;
import taskboard.exercises.testing.SseProbe;
import taskboard.polling.Stage02;
import taskboard.testing.TestServer;

/** L6: the student's SSE endpoint, mounted on checkpoint 02-polling, read by real streaming clients. */
@Tag("L6")
@Timeout(20)
@ExtendWith(ExerciseFailures.class)
class SseEndpointCheck {
    private final AtomicReference<BoardStream> plugin = new AtomicReference<>();
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(Stage02.STAGE.with(BoardStream.class, services -> {
            plugin.set(new BoardStream(services));
            return plugin.get();
        }));
        server.services().boards().create("board-2", "Other board", List.of("To Do"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @Tag("ex6.1")
    void exercise_6_1_a_change_reaches_only_its_boards_streams() {
        try (SseProbe first = open("board-1"); SseProbe second = open("board-1"); SseProbe other = open("board-2")) {
            server.http().post("/tasks", json("title", "Broadcast me", "listId", "list-todo"));
            assertTrue(first.nextData("task_created on the first board-1 stream").data().contains("\"task_created\""));
            assertTrue(second.nextData("task_created on the second board-1 stream").data().contains("Broadcast me"));
            assertEquals(List.of(), other.dataWithin(Duration.ofMillis(300)), "board-2's stream got board-1's event");

            server.http().post("/tasks", json("title", "Board two", "listId", "board-2-list-0"));
            assertTrue(other.nextData("board-2's own event").data().contains("Board two"), "board-2's stream works");
        }
    }

    @Test
    @Tag("ex6.2")
    void exercise_6_2_a_closed_stream_leaves_the_registry() {
        SseProbe leaving = open("board-1");
        try (SseProbe staying = open("board-1")) {
            assertEquals(2, plugin.get().registry().count("board-1"), "two open streams are registered");
            leaving.close();
            // A server notices a closed stream when a write to it fails: keep writing until it does.
            Eventually.until("the closed stream is removed", () -> {
                plugin.get().registry().ping();
                return plugin.get().registry().count("board-1") == 1;
            });
            server.http().post("/tasks", json("title", "Still here", "listId", "list-todo"));
            assertTrue(staying.nextData("the event on the open stream").data().contains("Still here"));
        }
    }

    @Test
    @Tag("ex6.3")
    void exercise_6_3_an_unknown_board_is_a_404_before_streaming() {
        try (SseProbe unknown = SseProbe.open(server.baseUrl() + "/boards/board-404/events")) {
            assertEquals(404, unknown.status(), "an unknown board is refused");
            assertTrue(unknown.contentType().startsWith("application/json"), "with the JSON error, not a stream: "
                    + unknown.contentType());
        }
        try (SseProbe known = open("board-1")) {
            assertEquals(200, known.status());
        }
    }

    private SseProbe open(String boardId) {
        SseProbe probe = SseProbe.open(server.baseUrl() + "/boards/" + boardId + "/events");
        assertEquals(200, probe.status(), "the stream of " + boardId + " opens");
        assertEquals("{\"type\":\"connected\"}", probe.nextData("the connected frame").data(), "the first frame");
        return probe;
    }
}
