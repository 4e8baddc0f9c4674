package taskboard.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.launchdarkly.eventsource.ErrorStrategy;
import com.launchdarkly.eventsource.EventSource;
import com.launchdarkly.eventsource.FaultEvent;
import com.launchdarkly.eventsource.MessageEvent;
import com.launchdarkly.eventsource.StartedEvent;
import com.launchdarkly.eventsource.StreamEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import taskboard.app.Json;
import taskboard.testing.Http;
import taskboard.testing.TestServer;

/**
 * L5 and L7 with an EventSource implementation we did not write (LaunchDarkly's
 * okhttp-eventsource, which follows the browser's rules): named events, the server's {@code retry:}
 * and automatic reconnection with Last-Event-ID.
 */
@Timeout(30)
class ThirdPartyEventSourceIT {
    private TestServer server;
    private Http http;
    private EventSource source;
    private final List<StreamEvent> seen = new ArrayList<>();

    @BeforeEach
    void start() {
        server = TestServer.start(Stage03.STAGE, s -> s.tune(SsePlugin.Config.class, c -> c.retry = java.time.Duration.ofMillis(700)));
        http = server.http();
        source = new EventSource.Builder(URI.create(server.baseUrl() + "/boards/board-1/events"))
                .errorStrategy(ErrorStrategy.alwaysContinue()) // reconnect by itself, as a browser does
                .build();
    }

    @AfterEach
    void stop() {
        source.close();
        server.close();
    }

    @Test
    void receives_named_events_and_honours_the_servers_retry() throws Exception {
        assertEquals("connected", type(nextMessage()));
        assertEquals(700, source.getBaseRetryDelayMillis(), "the retry: field set the reconnect delay");

        http.patch("/tasks/task-1/move", json("listId", "list-done", "position", 0));
        MessageEvent moved = nextMessage();
        assertEquals("task_moved", moved.getEventName());
        assertEquals("task_moved", type(moved));
        assertEquals("1", moved.getLastEventId());
    }

    @Test
    void reconnects_by_itself_with_last_event_id_and_gets_the_missed_events() throws Exception {
        assertEquals("connected", type(nextMessage()));
        http.patch("/tasks/task-1/move", json("listId", "list-done", "position", 0));
        assertEquals("1", nextMessage().getLastEventId());

        // The server ends every stream (as in a deploy); two changes happen before the client is back.
        server.services().find(SseRegistry.class).orElseThrow().closeAll();
        http.patch("/tasks/task-2", json("title", "missed 1"));
        http.patch("/tasks/task-3", json("title", "missed 2"));

        MessageEvent connected = nextMessage();
        assertEquals("connected", type(connected));
        assertTrue(seen.stream().anyMatch(e -> e instanceof FaultEvent), "the client saw the stream end");
        assertEquals(2, seen.stream().filter(e -> e instanceof StartedEvent).count(), "and reconnected by itself");
        MessageEvent first = nextMessage();
        MessageEvent second = nextMessage();
        assertEquals("2", first.getLastEventId());
        assertEquals("missed 1", Json.MAPPER.readTree(first.getData()).get("task").get("title").asString());
        assertEquals("3", second.getLastEventId());
        assertEquals("missed 2", Json.MAPPER.readTree(second.getData()).get("task").get("title").asString());
    }

    private MessageEvent nextMessage() throws Exception {
        while (true) {
            StreamEvent event = source.readAnyEvent();
            seen.add(event);
            if (event instanceof MessageEvent message) {
                return message;
            }
        }
    }

    private static String type(MessageEvent event) {
        return Json.MAPPER.readTree(event.getData()).get("type").asString();
    }
}
