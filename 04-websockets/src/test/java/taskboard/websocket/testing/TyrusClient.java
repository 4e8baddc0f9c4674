package taskboard.websocket.testing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import org.glassfish.tyrus.client.ClientManager;
import taskboard.app.Json;
import tools.jackson.databind.JsonNode;

/** A second, independent client (Tyrus, the Jakarta WebSocket reference) that can send any upgrade header. */
public final class TyrusClient implements AutoCloseable {
    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<CloseReason> closed = new CompletableFuture<>();
    private final ClientManager manager = ClientManager.createClient();
    private Session session;

    /** Connects with extra upgrade headers, e.g. {@code Map.of("Cookie", "session=...")}. */
    public static TyrusClient open(String url, Map<String, String> headers) throws Exception {
        TyrusClient client = new TyrusClient();
        ClientEndpointConfig config = ClientEndpointConfig.Builder.create().configurator(new ClientEndpointConfig.Configurator() {
            @Override
            public void beforeRequest(Map<String, List<String>> request) {
                headers.forEach((name, value) -> request.put(name, List.of(value)));
            }
        }).build();
        client.session = client.manager.connectToServer(client.new Receiver(), config, URI.create(url));
        return client;
    }

    public JsonNode next() throws InterruptedException {
        JsonNode message = messages.poll(WsClient.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("No message within " + WsClient.WAIT);
        }
        return message;
    }

    public void send(String json) throws Exception {
        session.getBasicRemote().sendText(json);
    }

    public CloseReason awaitClose() throws Exception {
        return closed.get(WsClient.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws Exception {
        if (session.isOpen()) {
            session.close();
        }
        manager.shutdown();
    }

    private final class Receiver extends Endpoint {
        @Override
        public void onOpen(Session opened, EndpointConfig config) {
            opened.addMessageHandler(new MessageHandler.Whole<String>() {
                @Override
                public void onMessage(String text) {
                    messages.add(Json.MAPPER.readTree(text));
                }
            });
        }

        @Override
        public void onClose(Session session, CloseReason reason) {
            closed.complete(reason);
        }
    }
}
