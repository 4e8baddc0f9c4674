package taskboard.exercises.l16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import taskboard.app.Stage;
import taskboard.events.BoardEvent;
import taskboard.exercises.testing.Eventually;
import taskboard.exercises.testing.ExerciseFailures;
import taskboard.testing.EmbeddedRedis;
import taskboard.testing.TestServer;
import taskboard.websocket.Stage04;

/** L16: two instances of checkpoint 04-websockets, and a real Redis (redis-server from the embedded-redis jar). */
@Tag("L16")
@Timeout(30)
@ExtendWith(ExerciseFailures.class)
class ScalingCheck {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    @Tag("ex16.1")
    void exercise_16_1_two_instances_deliver_each_others_events_through_redis() {
        try (EmbeddedRedis redis = EmbeddedRedis.launch()) {
            Stage relayed = Stage04.STAGE.delivery(services -> new RedisRelay(services, redis.url()));
            // Two instances, each on its own database file: only Redis connects them.
            try (TestServer one = TestServer.start(relayed); TestServer two = TestServer.start(relayed)) {
                List<BoardEvent> onOne = new CopyOnWriteArrayList<>();
                List<BoardEvent> onTwo = new CopyOnWriteArrayList<>();
                one.services().delivery().subscribe(onOne::add);
                two.services().delivery().subscribe(onTwo::add);

                String id = one.http().post("/tasks", json("title", "Made on server one", "listId", "list-todo"))
                        .json().get("id").asString();
                Eventually.until("server two's subscriber got the event made on server one",
                        () -> onTwo.stream().anyMatch(e -> id.equals(e.taskId())));
                Eventually.until("server one's own subscriber got it too", () -> onOne.stream().anyMatch(e -> id.equals(e.taskId())));

                // Each instance has its own file here, so the reverse direction uses a board new to both logs.
                one.services().boards().create("board-2", "Other board", List.of("To Do"));
                two.services().boards().create("board-2", "Other board", List.of("To Do"));
                two.http().post("/tasks", json("title", "Made on server two", "listId", "board-2-list-0"));
                Eventually.until("and the other way round", () -> onOne.stream().anyMatch(e -> e.boardId().equals("board-2")));
                assertEquals(1, onTwo.stream().filter(e -> id.equals(e.taskId())).count(), "delivered once");
            }
        }
    }

    @Test
    @Tag("ex16.2")
    void exercise_16_2_event_ids_are_unique_and_increasing_across_instances() {
        try (EmbeddedRedis redis = EmbeddedRedis.launch();
             GlobalEventIds idsOne = new GlobalEventIds(redis.url()); GlobalEventIds idsTwo = new GlobalEventIds(redis.url())) {
            CompletableFuture<List<Long>> fromOne = CompletableFuture.supplyAsync(() -> allocate(idsOne, 100));
            CompletableFuture<List<Long>> fromTwo = CompletableFuture.supplyAsync(() -> allocate(idsTwo, 100));
            TreeSet<Long> all = new TreeSet<>(fromOne.join());
            all.addAll(fromTwo.join());
            assertEquals(200, all.size(), "no id was handed out twice");
            assertEquals(1L, all.first());
            assertEquals(200L, all.last(), "and none was skipped");
            assertTrue(increasing(fromOne.join()) && increasing(fromTwo.join()), "each instance sees them increase");
            assertEquals(1L, idsTwo.next("board-2"), "every board has its own sequence");
        }
    }

    @Test
    @Tag("ex16.3")
    void exercise_16_3_presence_is_shared_between_instances_and_expires() {
        Duration lease = Duration.ofSeconds(30);
        try (EmbeddedRedis redis = EmbeddedRedis.launch();
             SharedPresence a = new SharedPresence(redis.url(), "instance-a");
             SharedPresence b = new SharedPresence(redis.url(), "instance-b")) {
            a.join("board-1", "user-alice", T0, lease);
            b.join("board-1", "user-bob", T0, lease);
            b.join("board-1", "user-alice", T0, lease);
            assertEquals(List.of("user-alice", "user-bob"), a.viewers("board-1", T0.plusSeconds(1)),
                    "instance A sees B's viewers, Alice once");
            a.leave("board-1", "user-alice");
            assertEquals(List.of("user-alice", "user-bob"), b.viewers("board-1", T0.plusSeconds(1)),
                    "Alice still views through instance B");
            b.leave("board-1", "user-alice");
            assertEquals(List.of("user-bob"), a.viewers("board-1", T0.plusSeconds(1)));
            assertEquals(List.of(), a.viewers("board-1", T0.plusSeconds(31)),
                    "instance B vanished without a goodbye: its lease expired, no ghost");
            b.join("board-1", "user-bob", T0.plusSeconds(25), lease);
            assertEquals(List.of("user-bob"), a.viewers("board-1", T0.plusSeconds(31)), "a renewed lease lives on");
            assertEquals(List.of(), a.viewers("board-2", T0), "boards are separate");
        }
    }

    private static List<Long> allocate(GlobalEventIds ids, int count) {
        List<Long> got = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            got.add(ids.next("board-1"));
        }
        return got;
    }

    private static boolean increasing(List<Long> ids) {
        for (int i = 1; i < ids.size(); i++) {
            if (ids.get(i) <= ids.get(i - 1)) {
                return false;
            }
        }
        return true;
    }
}
