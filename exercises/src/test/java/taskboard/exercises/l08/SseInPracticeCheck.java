package taskboard.exercises.l08;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.time.Duration;
import java.util.List;

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

/** L8: heartbeats, connection counts and multi-board streams, on checkpoint 02-polling, heartbeat 100 ms. */
@Tag("L8")
@Timeout(20)
@ExtendWith(ExerciseFailures.class)
class SseInPracticeCheck {
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(Stage02.STAGE.with(MultiBoardStream.class, MultiBoardStream::new),
                s -> s.tune(MultiBoardStream.Config.class, c -> c.heartbeat = Duration.ofMillis(100)));
        server.services().boards().create("board-2", "Other board", List.of("To Do"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @Tag("ex8.1")
    void exercise_8_1_an_idle_stream_gets_heartbeat_comments() {
        try (SseProbe stream = open("board-1")) {
            SseProbe.Frame frame = stream.next("a heartbeat comment within the (100 ms) interval");
            assertEquals(List.of("heartbeat"), frame.comments(), "a comment frame, ': heartbeat': " + frame);
            assertEquals(null, frame.data(), "a heartbeat carries no data, so EventSource fires nothing");
            assertEquals(List.of("heartbeat"), stream.next("a second heartbeat").comments(), "and it repeats");
        }
    }

    @Test
    @Tag("ex8.2")
    void exercise_8_2_connection_counts_follow_connects_and_disconnects() {
        SseProbe leaving = open("board-1");
        try (SseProbe one = open("board-1"); SseProbe both = open("board-1,board-2")) {
            assertEquals(200, one.status());
            assertEquals(200, both.status());
            var counts = server.http().get("/admin/connections").json();
            assertEquals(3, counts.get("total").asInt(), counts.toString());
            assertEquals(3, counts.get("boards").get("board-1").asInt(), counts.toString());
            assertEquals(1, counts.get("boards").get("board-2").asInt(), counts.toString());

            leaving.close();
            Eventually.until("the closed stream is no longer counted (a heartbeat write fails)",
                    () -> server.http().get("/admin/connections").json().get("total").asInt() == 2);
            assertEquals(2, server.http().get("/admin/connections").json().get("boards").get("board-1").asInt());
        }
    }

    @Test
    @Tag("ex8.3")
    void exercise_8_3_one_stream_carries_several_boards() {
        try (SseProbe both = open("board-1,board-2"); SseProbe onlyOne = open("board-1")) {
            server.http().post("/tasks", json("title", "On board 2", "listId", "board-2-list-0"));
            assertTrue(both.nextData("board-2's event on the two-board stream").data().contains("On board 2"));
            server.http().post("/tasks", json("title", "On board 1", "listId", "list-todo"));
            assertTrue(both.nextData("board-1's event on the two-board stream").data().contains("On board 1"));
            SseProbe.Frame first = onlyOne.nextData("board-1's event on the board-1 stream");
            assertTrue(first.data().contains("On board 1"), "the board-1 stream skipped board-2's event: " + first.data());
        }
        assertEquals(404, server.http().get("/events?boards=board-1,board-404", "Accept", "text/event-stream").status(),
                "an unknown board is refused");
        assertEquals(400, server.http().get("/events", "Accept", "text/event-stream").status(), "no boards at all is refused");
    }

    private SseProbe open(String boards) {
        SseProbe probe = SseProbe.open(server.baseUrl() + "/events?boards=" + boards);
        assertEquals(200, probe.status(), "the stream of " + boards + " opens");
        assertTrue(probe.nextData("the connected frame").data().contains("connected"));
        return probe;
    }
}
