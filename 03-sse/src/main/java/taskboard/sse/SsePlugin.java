package taskboard.sse;

import java.time.Duration;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import taskboard.admin.ConnectionCounters;
import taskboard.app.Services;

/**
 * L5-L8: Server-Sent Events. {@code GET /boards/{boardId}/events} streams one board's events and
 * {@code GET /events?boards=a,b} several boards', with ids, named events, Last-Event-ID
 * resumption, heartbeats and a bounded outbox per stream.
 */
public final class SsePlugin extends Plugin<SsePlugin.Config> {

    /** The lessons' constants; tests shrink them with {@code Settings.tune(SsePlugin.Config.class, ...)}. */
    public static final class Config {
        /** L5: the browser's reconnect delay, sent as {@code retry:}. */
        public Duration retry = Duration.ofSeconds(5);
        /** L8: the heartbeat comment's interval; proxies cut streams idle for 60-120 s. */
        public Duration heartbeat = Duration.ofSeconds(15);
        /** L7: how many missed events a reconnecting client can get back; more means a resync. */
        public int replayWindow = 100;
        /** Frames a stream may have waiting; a client that falls further behind is disconnected. */
        public int outboxLimit = 256;
        /**
         * The response buffer each open stream holds (Jetty's default is 32 KiB). Frames are small
         * and flushed at once, so 4 KiB costs nothing in latency and saves 28 KiB per stream.
         */
        public int responseBufferBytes = 4096;
        /** L8: boards one {@code /events?boards=...} stream may follow. */
        public int maxBoardsPerStream = 20;
    }

    private final Services services;

    public SsePlugin(Services services) {
        super(services.settings().tuning(Config.class), new Config());
        this.services = services;
    }

    @Override
    public void onStart(JavalinState state) {
        // A shared component, so tests (and later lessons) can reach the open streams.
        SseRegistry registry = services.component(SseRegistry.class, () -> new SseRegistry(pluginConfig.heartbeat));
        services.onClose(services.delivery().subscribe(registry::broadcast)::run);
        services.component(ConnectionCounters.class, ConnectionCounters::new).register("sse", registry);

        SseEndpoint endpoint = new SseEndpoint(services, pluginConfig, registry);
        state.routes.get("/boards/{boardId}/events", endpoint::boardStream);
        state.routes.get("/events", endpoint::multiBoardStream);
        state.events.serverStopping(registry::closeAll);
    }
}
