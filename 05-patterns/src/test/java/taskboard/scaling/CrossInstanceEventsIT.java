package taskboard.scaling;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskboard.testing.Http.json;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import taskboard.events.BoardEvent;
import taskboard.patterns.Stage05;
import taskboard.testing.EmbeddedRedis;
import taskboard.testing.Http;
import taskboard.testing.TestServer;
import taskboard.testing.WebhookReceiver;
import taskboard.webhooks.WebhooksPlugin;

/** L16 exercises 1 and 2 on the bus itself: two instances, one Redis, one shared event log. */
@Timeout(60)
class CrossInstanceEventsIT {
    private static EmbeddedRedis redis;

    @BeforeAll
    static void startRedis() {
        redis = EmbeddedRedis.launch();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    private static TwoInstances start(Duration catchUpInterval) {
        return TwoInstances.start(Stage05.STAGE, redis, s -> s
                .tune(RedisEventBus.Config.class, c -> c.catchUpInterval = catchUpInterval)
                .tune(RedisConnections.Config.class, c -> c.maxReconnectDelay = Duration.ofMillis(200))
                .tune(WebhooksPlugin.Config.class, c -> c.firstRetry = Duration.ofMillis(100)));
    }

    @Test
    void exercise_16_1_an_event_published_on_a_reaches_subscribers_on_b_once() {
        try (TwoInstances two = start(Duration.ofMinutes(1))) {
            List<BoardEvent> onA = subscribe(two.a);
            List<BoardEvent> onB = subscribe(two.b);

            String id = create(two.a.http(), "Made on A");
            two.b.http().patch("/tasks/" + id + "/move", json("listId", "list-done", "position", 0));

            await().atMost(5, SECONDS).until(() -> onA.size() == 2 && onB.size() == 2);
            assertEquals(List.of("task_created", "task_moved"), onB.stream().map(BoardEvent::type).toList());
            assertEquals(ids(onA), ids(onB), "the same ids on both instances");
        }
    }

    @Test
    void exercise_16_2_event_ids_are_global_and_per_board_monotonic_whoever_writes() throws Exception {
        try (TwoInstances two = start(Duration.ofMinutes(1))) {
            long before = two.a.services().eventLog().latestId("board-1");
            List<BoardEvent> onA = subscribe(two.a);
            List<BoardEvent> onB = subscribe(two.b);

            ExecutorService writers = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (TestServer instance : List.of(two.a, two.b)) {
                    done.add(writers.submit(() -> {
                        for (int i = 0; i < 15; i++) {
                            create(instance.http(), "Concurrent " + i);
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get(30, SECONDS);
                }
            } finally {
                writers.shutdownNow();
            }

            List<Long> expected = LongStream.rangeClosed(before + 1, before + 30).boxed().toList();
            await().atMost(10, SECONDS).until(() -> onA.size() >= 30 && onB.size() >= 30);
            assertEquals(expected, ids(onA), "A: every id once, in order");
            assertEquals(expected, ids(onB), "B: every id once, in order");
        }
    }

    @Test
    void events_missed_while_redis_is_down_arrive_once_it_is_back() {
        try (TwoInstances two = start(Duration.ofMinutes(1))) { // no periodic catch-up in this test
            List<BoardEvent> onA = subscribe(two.a);
            List<BoardEvent> onB = subscribe(two.b);
            create(two.a.http(), "Before the outage");
            await().atMost(5, SECONDS).until(() -> onB.size() == 1);

            redis.stop();
            try {
                String during = create(two.a.http(), "During the outage"); // commits, does not hang
                await().atMost(5, SECONDS).until(() -> onA.size() == 2);
                assertEquals(during, onA.get(1).taskId(), "local delivery goes on without Redis");
                assertEquals(1, onB.size(), "B cannot hear of it while Redis is away");
            } finally {
                redis.restart();
            }

            await().atMost(15, SECONDS).until(() -> onB.size() == 2); // caught up from the log on reconnect
            create(two.b.http(), "After the outage");
            await().atMost(10, SECONDS).until(() -> onA.size() == 3 && onB.size() == 3);
            assertEquals(ids(onA), ids(onB));
            assertEquals(3, ids(onB).stream().distinct().count());
        }
    }

    @Test
    void the_periodic_catch_up_bounds_delay_even_without_redis() {
        try (TwoInstances two = start(Duration.ofMillis(300))) {
            List<BoardEvent> onB = subscribe(two.b);
            redis.stop();
            try {
                create(two.a.http(), "Heard through the log only");
                await().atMost(5, SECONDS).until(() -> onB.size() == 1);
                assertTrue(((RedisEventBus) two.b.services().delivery()).filledFromLog() >= 1);
            } finally {
                redis.restart();
            }
        }
    }

    @Test
    void each_event_is_posted_to_a_webhook_once_though_both_instances_see_it() {
        try (TwoInstances two = start(Duration.ofMinutes(1)); WebhookReceiver receiver = WebhookReceiver.start()) {
            var hook = two.a.http().post("/boards/board-1/webhooks", json("url", receiver.url("/once")));
            assertEquals(201, hook.status(), hook.body());
            create(two.a.http(), "From A");
            create(two.b.http(), "From B");
            await().atMost(10, SECONDS).until(() -> receiver.received().size() >= 2);
            create(two.a.http(), "Third");
            await().atMost(10, SECONDS).until(() -> receiver.received().size() >= 3);

            List<String> ids = receiver.received().stream().map(r -> r.header("X-Taskboard-Event-Id")).toList();
            assertEquals(3, ids.size(), ids.toString());
            assertEquals(3, ids.stream().distinct().count(), "no event twice: " + ids);
        }
    }

    static List<BoardEvent> subscribe(TestServer server) {
        List<BoardEvent> events = new CopyOnWriteArrayList<>();
        server.services().delivery().subscribe(events::add);
        return events;
    }

    static String create(Http http, String title) {
        var created = http.post("/tasks", json("title", title, "listId", "list-todo"));
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asString();
    }

    static List<Long> ids(List<BoardEvent> events) {
        return events.stream().map(BoardEvent::id).toList();
    }
}
