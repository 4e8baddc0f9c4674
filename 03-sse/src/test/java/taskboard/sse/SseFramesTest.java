package taskboard.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** L5 exercise 3 on raw strings: whatever the data holds, the frame stays a frame. */
class SseFramesTest {

    private static String text(byte[] frame) {
        return new String(frame, StandardCharsets.UTF_8);
    }

    @Test
    void an_event_has_id_event_and_data_lines_and_ends_with_a_blank_line() {
        assertEquals("id: 43\nevent: task_moved\ndata: {\"type\":\"task_moved\"}\n\n",
                text(SseFrames.event("43", "task_moved", "{\"type\":\"task_moved\"}")));
    }

    @Test
    void multi_line_data_becomes_one_data_line_per_line_whatever_the_line_break() {
        assertEquals("data: one\ndata: two\ndata: three\ndata: four\n\n",
                text(SseFrames.event(null, null, "one\ntwo\r\nthree\rfour")));
    }

    @Test
    void empty_lines_inside_data_are_kept_as_empty_data_lines() {
        assertEquals("data: a\ndata: \ndata: b\ndata: \n\n", text(SseFrames.event(null, null, "a\n\nb\n")));
    }

    @Test
    void ids_and_event_names_lose_their_line_breaks() {
        assertEquals("id: 12\nevent: task_moveddata: injected\ndata: x\n\n",
                text(SseFrames.event("1\r\n2", "task_moved\ndata: injected", "x")));
    }

    @Test
    void exercise_5_3_comments_start_every_line_with_a_colon() {
        assertEquals(": heartbeat\n\n", text(SseFrames.HEARTBEAT));
        assertEquals(": two\n: lines\n\n", text(SseFrames.comment("two\nlines")));
    }

    @Test
    void exercise_5_2_retry_is_in_milliseconds() {
        assertEquals("retry: 5000\n\n", text(SseFrames.retry(Duration.ofSeconds(5))));
    }
}
