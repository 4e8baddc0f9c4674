package taskboard.exercises.l11;

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
import taskboard.exercises.testing.WsProbe;
import taskboard.sse.Stage03;
import taskboard.testing.TestServer;
import tools.jackson.databind.JsonNode;

/** L11: the student's rooms behind a WebSocket server mounted on checkpoint 03-sse. */
@Tag("L11")
@Timeout(20)
@ExtendWith(ExerciseFailures.class)
class RoomsCheck {
    private final AtomicReference<RoomServer> plugin = new AtomicReference<>();
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(Stage03.STAGE.with(RoomServer.class, services -> {
            plugin.set(new RoomServer(services));
            return plugin.get();
        }));
        server.services().boards().create("board-2", "Other board", List.of("To Do"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @Tag("ex11.1")
    void exercise_11_1_a_boards_events_reach_only_its_room() {
        try (WsProbe a = join("board-1"); WsProbe b = join("board-1"); WsProbe other = join("board-2")) {
            server.http().post("/tasks", json("title", "For room one", "listId", "list-todo"));
            assertTrue(a.nextOfType("task_created").toString().contains("For room one"));
            assertTrue(b.nextOfType("task_created").toString().contains("For room one"));
            other.expectNoneOfType("task_created", Duration.ofMillis(300));

            server.http().post("/tasks", json("title", "For room two", "listId", "board-2-list-0"));
            assertTrue(other.nextOfType("task_created").toString().contains("For room two"), "board-2's room works");
        }
    }

    @Test
    @Tag("ex11.2")
    void exercise_11_2_the_sender_is_not_told_about_itself() {
        try (WsProbe first = join("board-1")) {
            WsProbe second = WsProbe.connect(server.wsUrl("/ws"));
            JsonNode joined = second.send("{\"type\":\"join\",\"boardId\":\"board-1\"}").next("joined");
            assertEquals("joined", joined.path("type").asString(), joined.toString());
            assertEquals(2, joined.path("viewers").asInt(), joined.toString());
            JsonNode announced = first.nextOfType("user_joined");
            assertEquals(2, announced.path("viewers").asInt(), "the others are told: " + announced);
            second.expectNoneOfType("user_joined", Duration.ofMillis(300));
            second.close();
        }
    }

    @Test
    @Tag("ex11.3")
    void exercise_11_3_a_disconnect_shrinks_the_room() {
        try (WsProbe staying = join("board-1")) {
            WsProbe leaving = join("board-1");
            assertEquals(2, plugin.get().rooms().viewers("board-1"));
            leaving.abort();
            Eventually.until("the dropped socket left its room", () -> plugin.get().rooms().viewers("board-1") == 1);
            assertEquals(1, staying.nextOfType("user_left").path("viewers").asInt(), "the others are told it left");
            try (WsProbe third = WsProbe.connect(server.wsUrl("/ws"))) {
                JsonNode joined = third.send("{\"type\":\"join\",\"boardId\":\"board-1\"}").nextOfType("joined");
                assertEquals(2, joined.path("viewers").asInt(), "the room counts the staying socket and the new one");
            }
        }
    }

    private WsProbe join(String boardId) {
        WsProbe socket = WsProbe.connect(server.wsUrl("/ws"));
        JsonNode joined = socket.send("{\"type\":\"join\",\"boardId\":\"" + boardId + "\"}").nextOfType("joined");
        assertEquals(boardId, joined.path("boardId").asString());
        return socket;
    }
}
