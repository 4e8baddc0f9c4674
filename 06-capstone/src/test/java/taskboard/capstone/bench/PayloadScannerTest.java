package taskboard.capstone.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PayloadScannerTest {
    private final List<Integer> seqs = new ArrayList<>();
    private final AtomicInteger markers = new AtomicInteger();
    private final PayloadScanner scanner = new PayloadScanner("\"connected\"", seqs::add, markers::incrementAndGet);

    @Test
    void finds_every_event_number_and_the_marker_once_even_when_split_between_buffers() {
        String stream = "retry: 5000\n\ndata: {\"type\":\"connected\"}\n\n"
                + "id: 1\ndata: {\"task\":{\"title\":\"bench-7\",\"x\":\"\\\"title\\\"\"}}\n\n"
                + "id: 2\ndata: {\"task\":{\"title\":\"warm-up-3\"}}\n\n"
                + "id: 3\ndata: {\"type\":\"connected\",\"task\":{\"title\":\"bench-1234\"}}\n\n";
        byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += 5) { // every pattern is cut somewhere
            scanner.scan(ByteBuffer.wrap(bytes, i, Math.min(5, bytes.length - i)).slice());
        }
        assertEquals(List.of(7, 1234), seqs);
        assertEquals(1, markers.get(), "the marker counts only its first occurrence");
    }

    @Test
    void scans_websocket_text_in_parts() {
        scanner.scan("{\"type\":\"task_created\",\"task\":{\"title\":\"be");
        scanner.scan("nch-42\"}}{\"task\":{\"title\":\"bench-\"}}");
        assertEquals(List.of(42), seqs, "a title without digits is no event number");
        assertEquals(0, markers.get());
    }
}
