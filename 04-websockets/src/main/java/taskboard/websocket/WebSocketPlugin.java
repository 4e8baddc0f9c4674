package taskboard.websocket;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import io.javalin.websocket.WsBinaryMessageContext;
import io.javalin.websocket.WsCloseContext;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsErrorContext;
import io.javalin.websocket.WsMessageContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import taskboard.admin.ConnectionCounters;
import taskboard.app.Services;
import taskboard.websocket.auth.Auth;

/**
 * L9-L13: the WebSocket endpoint, at {@code ws://localhost:3000/ws} and at {@code ws://localhost:3000}
 * (a plain GET of {@code /} still reaches the HTTP routes). A socket authenticates (L12), then
 * sends JSON messages keyed by {@code type} (L10), joins board rooms and gets their events (L11),
 * and is pinged so that dead peers are found (L13). Each socket writes through a bounded outbox.
 */
public final class WebSocketPlugin extends Plugin<WebSocketPlugin.Config> {
    private static final Logger log = LoggerFactory.getLogger(WebSocketPlugin.class);

    /** The lessons' constants. */
    public static final class Config {
        /** L13: how often the server pings; a socket silent for a whole interval after a ping is terminated. */
        public Duration pingInterval = Duration.ofSeconds(30);
        /** L12: how long a socket without credentials has to send {"type":"auth",...}. */
        public Duration authDeadline = Duration.ofSeconds(5);
        /** Largest message accepted; a larger one closes the socket with 1009. */
        public int maxMessageBytes = 64 * 1024;
        /** Messages a socket may have waiting to be written before it is dropped as a slow consumer. */
        public int outboxLimit = 1000;
        /** How long a slow consumer gets to read its close frame before the connection is cut. */
        public Duration slowConsumerGrace = Duration.ofSeconds(2);
        /** Origins (scheme://host[:port]) allowed to open sockets, besides the server's own; env ALLOWED_ORIGINS adds more. */
        public List<String> allowedOrigins = new ArrayList<>(List.of("http://localhost:3000", "http://127.0.0.1:3000"));
    }

    private final Services services;
    private final Connections connections;
    private final Rooms rooms;
    private final MessageHandlers handlers;
    private final SocketAuth socketAuth;
    private final OriginCheck origins;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "websocket-timers");
        thread.setDaemon(true);
        return thread;
    });

    public WebSocketPlugin(Services services) {
        this(services, services.settings().tuning(Config.class));
    }

    private WebSocketPlugin(Services services, Consumer<Config> tuning) {
        super(tuning, new Config());
        this.services = services;
        Auth auth = Auth.of(services);
        this.connections = services.component(Connections.class, Connections::new);
        this.rooms = services.component(Rooms.class, () -> new Rooms(services.eventLog()));
        this.handlers = services.component(MessageHandlers.class, MessageHandlers::new);
        this.socketAuth = new SocketAuth(auth.sessions(), pluginConfig.authDeadline, timers);
        List<String> allowed = new ArrayList<>(pluginConfig.allowedOrigins);
        services.settings().env("ALLOWED_ORIGINS").ifPresent(env -> allowed.addAll(List.of(env.split("\\s*,\\s*"))));
        this.origins = new OriginCheck(allowed);
        ProtocolHandlers protocol = new ProtocolHandlers(rooms, services.boards(), auth.access());
        handlers.beforeAuth("auth", "ws-auth", socketAuth::auth)
                .on("ping", "ws-ping", protocol::ping)
                .on("join", "ws-join", protocol::join)
                .on("leave", "ws-leave", protocol::leave);
        services.onClose(timers::shutdownNow);
        // Signing out also ends the sockets that signed in with that session.
        auth.sessions().onEnd(token -> connections.all().stream().filter(c -> token.equals(c.token()))
                .forEach(c -> c.close(CloseCodes.UNAUTHORIZED, auth.sessions().check(token).refusal())));
        services.component(ConnectionCounters.class, ConnectionCounters::new).register("websocket",
                new SocketCounts(connections, rooms));
    }

    @Override
    public void onStart(JavalinState state) {
        for (String path : List.of("/ws", "/")) {
            state.routes.wsBeforeUpgrade(path, origins::check);
            state.routes.ws(path, this::endpoint);
        }
        Runnable unsubscribe = services.delivery().subscribe(rooms::publish);
        services.onClose(unsubscribe::run);
        new Heartbeat(connections, this::gone).start(timers, pluginConfig.pingInterval);
        state.events.serverStopping(this::closeAll);
    }

    private void endpoint(WsConfig ws) {
        ws.onConnect(this::connected);
        ws.onMessage(this::message);
        ws.onBinaryMessage(this::binary);
        ws.onClose(this::closed);
        ws.onError(this::failed);
    }

    private void connected(WsConnectContext ctx) {
        ctx.session.setMaxTextMessageSize(pluginConfig.maxMessageBytes);
        ctx.session.setMaxBinaryMessageSize(pluginConfig.maxMessageBytes);
        // The heartbeat decides when a quiet socket is dead, not Jetty's idle timeout.
        ctx.session.setIdleTimeout(pluginConfig.pingInterval.multipliedBy(3));
        Connection connection = new Connection(ctx.sessionId(), ctx.session, pluginConfig.outboxLimit, this::slowConsumer);
        connections.add(connection);
        socketAuth.connected(connection, ctx);
    }

    private void message(WsMessageContext ctx) {
        connections.find(ctx.sessionId()).ifPresent(c -> handlers.dispatch(c, ctx.message()));
    }

    private void binary(WsBinaryMessageContext ctx) {
        connections.find(ctx.sessionId()).ifPresent(c -> c.send(Messages.error("Binary messages are not supported: send JSON text")));
    }

    private void closed(WsCloseContext ctx) {
        connections.find(ctx.sessionId()).ifPresent(this::gone);
    }

    private void failed(WsErrorContext ctx) {
        log.debug("WebSocket error on {}", ctx.sessionId(), ctx.error());
    }

    /** A socket went away (closed, terminated or dropped): it leaves every room, once. */
    private void gone(Connection connection) {
        if (connection.markGone()) {
            connections.remove(connection);
            connection.outbox().close();
            rooms.leaveAll(connection);
        }
    }

    private void slowConsumer(Connection connection) {
        log.warn("{} stopped reading: closing it as a slow consumer", connection);
        gone(connection);
        connection.close(CloseCodes.SLOW_CONSUMER, "Slow consumer: too many unsent messages");
        timers.schedule(connection::terminate, pluginConfig.slowConsumerGrace.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void closeAll() {
        for (Connection connection : connections.all()) {
            connection.close(CloseCodes.GOING_AWAY, "Server shutting down");
        }
    }
}
