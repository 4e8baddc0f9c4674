package taskboard.exercises.l05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import taskboard.exercises.testing.ExerciseFailures;
import taskboard.polling.Stage02;
import taskboard.testing.TestServer;

/** L5: the wire format of Server-Sent Events, read from and written to a real HTTP response. */
@Tag("L5")
@Timeout(20)
@ExtendWith(ExerciseFailures.class)
class SseFormatCheck {
    /** What `curl -N` shows for a short stream: a comment, a retry, a named event with an id, two-line data. */
    static final String RAW = ": welcome\n\nretry: 5000\n\nid: 42\nevent: task_moved\ndata: {\"type\":\"task_moved\"}\n\n"
            + "data: first line\ndata:second line\n\n: heartbeat\n\nid: 43\n\n";

    /** Serves RAW as a text/event-stream response, so the check reads real bytes off a socket. */
    public static final class RawStream extends Plugin<Void> {
        public RawStream(taskboard.app.Services services) {
        }

        @Override
        public void onStart(JavalinState state) {
            state.routes.get("/raw", ctx -> ctx.contentType("text/event-stream").result(RAW));
        }
    }

    @Test
    @Tag("ex5.1")
    void exercise_5_1_reads_the_raw_stream_like_event_source() {
        try (TestServer server = TestServer.start(Stage02.STAGE.with(RawStream.class, RawStream::new))) {
            var response = server.http().get("/raw");
            assertTrue(response.header("Content-Type").orElse("").startsWith("text/event-stream"));
            List<SseParser.Event> events = SseParser.parse(response.body());
            assertEquals(List.of(
                    new SseParser.Event(null, null, null, 5000L),
                    new SseParser.Event("42", "task_moved", "{\"type\":\"task_moved\"}", null),
                    new SseParser.Event(null, null, "first line\nsecond line", null)), events,
                    "comments are skipped, a frame without data dispatches nothing, data lines are joined with \\n");
        }
    }

    @Test
    @Tag("ex5.2")
    void exercise_5_2_sends_retry_to_set_the_reconnect_delay() {
        assertEquals("retry: 5000\n\n", SseText.retry(Duration.ofSeconds(5)));
        assertEquals("retry: 250\n\n", SseText.retry(Duration.ofMillis(250)));
    }

    @Test
    @Tag("ex5.3")
    void exercise_5_3_frames_multi_line_data_and_comments() {
        assertEquals("id: 7\nevent: task_updated\ndata: line one\ndata: line two\n\n",
                SseText.event("7", "task_updated", "line one\nline two"), "one data: line per line");
        assertEquals("data: a\ndata: b\ndata: c\n\n", SseText.event(null, null, "a\r\nb\rc"),
                "every line ending splits the data; absent id and event are left out");
        assertEquals(": heartbeat\n\n", SseText.comment("heartbeat"));
        assertEquals(": two\n: lines\n\n", SseText.comment("two\nlines"), "every comment line starts with ':'");
    }
}
