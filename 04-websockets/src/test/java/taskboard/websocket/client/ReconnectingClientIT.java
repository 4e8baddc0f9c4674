package taskboard.websocket.client;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static taskboard.testing.Http.json;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import taskboard.app.Settings;
import taskboard.app.TaskBoardServer;
import taskboard.data.User;
import taskboard.testing.Http;
import taskboard.testing.TestServer;
import taskboard.websocket.CloseCodes;
import taskboard.websocket.Connections;
import taskboard.websocket.Rooms;
import taskboard.websocket.Stage04;
import taskboard.websocket.auth.Auth;
import taskboard.websocket.testing.SignIn;
import taskboard.websocket.testing.WsClient;
import tools.jackson.databind.JsonNode;

/** L13 on the client: ReconnectingClient against real servers that go away and come back. */
@Timeout(60)
class ReconnectingClientIT {
    private static final Duration CALM = Duration.ofMillis(800);

    /** Records what the client hears. */
    private static final class Recorder implements ReconnectingClient.Listener {
        final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        final BlockingQueue<Integer> disconnects = new LinkedBlockingQueue<>();

        @Override
        public void onMessage(JsonNode message) {
            messages.add(message);
        }

        @Override
        public void onDisconnected(int code, String reason, boolean reconnecting) {
            disconnects.add(code);
        }

        JsonNode next(String type) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                JsonNode message = messages.poll(100, TimeUnit.MILLISECONDS);
                if (message != null && type.equals(message.path("type").asString(""))) {
                    return message;
                }
            }
            return fail("No '" + type + "' message");
        }
    }

    private static ReconnectingClient client(int port, Supplier<String> token, Recorder recorder) {
        // A 1 s liveness interval: a connection that died without the client noticing is dropped within 2 s.
        ReconnectingClient client = new ReconnectingClient(URI.create("ws://localhost:" + port + "/ws"), token, recorder,
                new Backoff(Duration.ofMillis(100), Duration.ofMillis(400), new Random(13)), Duration.ofSeconds(1));
        client.start();
        return client;
    }

    @Test
    void exercise_13_3_after_a_restart_it_reconnects_rejoins_and_gets_the_changes_it_missed() throws Exception {
        Path folder = Files.createTempDirectory("taskboard-reconnect");
        Settings settings = Settings.of(freePort(), folder.resolve("taskboard.db"));
        TaskBoardServer server = Stage04.STAGE.start(settings);
        Recorder recorder = new Recorder();
        User alice = server.services().users().find("user-alice").orElseThrow();
        String token = Auth.of(server.services()).sessions().create(alice).token();
        try (ReconnectingClient client = client(server.port(), () -> token, recorder)) {
            client.join("board-1");
            recorder.next("joined");
            new Http(server.baseUrl()).post("/tasks", json("title", "Before", "listId", "list-todo"));
            long seen = recorder.next("task_created").get("eventId").asLong();

            server.close();
            assertEquals(CloseCodes.GOING_AWAY, recorder.disconnects.poll(5, TimeUnit.SECONDS));
            TaskBoardServer other = Stage04.STAGE.start(settings.withPort(0)); // another instance, same database
            Http otherHttp = new Http(other.baseUrl());
            otherHttp.post("/tasks", json("title", "Missed 1", "listId", "list-todo"));
            otherHttp.post("/tasks", json("title", "Missed 2", "listId", "list-todo"));
            other.close();
            server = Stage04.STAGE.start(settings); // back on the same port

            recorder.next("connected");
            recorder.next("joined");
            JsonNode first = recorder.next("task_created");
            JsonNode second = recorder.next("task_created");
            assertEquals(List.of("Missed 1", "Missed 2"),
                    List.of(first.get("task").get("title").asString(), second.get("task").get("title").asString()));
            assertEquals(List.of(seen + 1, seen + 2), List.of(first.get("eventId").asLong(), second.get("eventId").asLong()));

            new Http(server.baseUrl()).post("/tasks", json("title", "Live again", "listId", "list-todo"));
            assertEquals(seen + 3, recorder.next("task_created").get("eventId").asLong());
            assertEquals(2, client.connections());
            assertTrue(client.attempts() >= 2, "attempts: " + client.attempts());
        } finally {
            server.close();
        }
    }

    @Test
    void exercise_13_3_a_dropped_connection_comes_back_without_duplicate_presence_and_rereads_its_token() throws Exception {
        try (TestServer server = TestServer.start(Stage04.STAGE);
             WsClient alice = SignIn.joined(server, "user-alice", "board-1")) {
            Rooms rooms = server.services().component(Rooms.class, () -> new Rooms(server.services().eventLog()));
            Connections connections = server.services().component(Connections.class, Connections::new);
            AtomicInteger tokenReads = new AtomicInteger();
            String token = SignIn.token(server, "user-bob");
            Recorder recorder = new Recorder();
            try (ReconnectingClient bob = client(server.port(), () -> {
                tokenReads.incrementAndGet();
                return token;
            }, recorder)) {
                bob.join("board-1");
                assertEquals(2, alice.next("user_joined").get("viewers").asInt());

                connections.of("user-bob").get(0).terminate(); // no close frame: like lost Wi-Fi
                assertEquals(1, alice.next("user_left").get("viewers").asInt());
                assertEquals(2, alice.next("user_joined").get("viewers").asInt());
                assertEquals(2, rooms.viewers("board-1"), "the old socket left; only the new one counts");
                assertEquals(2, bob.connections());
                assertEquals(2, tokenReads.get(), "the token is read again for every attempt");
            }
        }
    }

    @Test
    void a_connection_that_goes_silent_is_dropped_by_the_client_and_reconnected() throws Exception {
        // A "server" that completes the upgrade, then never sends a frame nor answers a ping: from
        // the client's side, exactly what a vanished server behind a stale connection looks like.
        try (ServerSocket silent = new ServerSocket(0)) {
            AtomicInteger upgrades = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                List<java.net.Socket> held = new java.util.ArrayList<>();
                try {
                    while (true) {
                        java.net.Socket socket = silent.accept();
                        held.add(socket);
                        var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                                java.nio.charset.StandardCharsets.ISO_8859_1));
                        String key = null;
                        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("sec-websocket-key:")) {
                                key = line.substring(line.indexOf(':') + 1).trim();
                            }
                        }
                        socket.getOutputStream().write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                + "Connection: Upgrade\r\nSec-WebSocket-Accept: " + taskboard.websocket.AcceptKey.of(key)
                                + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                        upgrades.incrementAndGet();
                    }
                } catch (IOException closed) {
                    held.forEach(socket -> {
                        try {
                            socket.close();
                        } catch (IOException ignored) {
                            // closing anyway
                        }
                    });
                }
            }, "silent-server");
            acceptor.setDaemon(true);
            acceptor.start();

            Recorder recorder = new Recorder();
            try (ReconnectingClient client = client(silent.getLocalPort(), () -> "any-token", recorder)) {
                await().atMost(Duration.ofSeconds(2)).until(() -> upgrades.get() == 1);
                assertEquals(1006, recorder.disconnects.poll(6, TimeUnit.SECONDS),
                        "after two silent 1 s intervals the client gives up on the connection");
                await().atMost(Duration.ofSeconds(3)).until(() -> upgrades.get() >= 2);
                assertTrue(client.attempts() >= 2, "attempts: " + client.attempts());
                assertEquals(0, client.connections(), "never signed in: the server never answered");
            }
        }
    }

    @Test
    void a_normal_close_is_final() throws Exception {
        try (TestServer server = TestServer.start(Stage04.STAGE);
             WsClient alice = SignIn.joined(server, "user-alice", "board-1")) {
            String token = SignIn.token(server, "user-bob");
            Recorder recorder = new Recorder();
            ReconnectingClient bob = client(server.port(), () -> token, recorder);
            bob.join("board-1");
            alice.next("user_joined");

            bob.close();
            alice.next("user_left");
            await().during(CALM).atMost(CALM.multipliedBy(3)).until(() -> bob.attempts() == 1);
            assertTrue(bob.isStopped());
        }
    }

    @Test
    void an_auth_refusal_is_final() throws Exception {
        try (TestServer server = TestServer.start(Stage04.STAGE)) {
            Recorder recorder = new Recorder();
            try (ReconnectingClient client = client(server.port(), () -> "not-a-session", recorder)) {
                assertEquals(CloseCodes.UNAUTHORIZED, recorder.disconnects.poll(5, TimeUnit.SECONDS));
                await().during(CALM).atMost(CALM.multipliedBy(3)).until(() -> client.attempts() == 1);
                assertTrue(client.isStopped());
                assertEquals(0, client.connections());
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
