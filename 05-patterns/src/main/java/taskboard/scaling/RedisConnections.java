package taskboard.scaling;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.RedisChannelHandler;
import java.net.SocketAddress;

import taskboard.app.Services;

/**
 * L16: one instance's link to Redis. A connection that has subscribed can do nothing but receive,
 * so commands (PUBLISH, presence) use this shared command connection and each subscriber opens its
 * own. Lettuce reconnects by itself (with jittered backoff, so a Redis restart does not bring every
 * instance back at the same instant) and resubscribes; while it is disconnected, commands fail
 * at once instead of piling up, and every command has a timeout: nothing waits on Redis forever.
 */
public final class RedisConnections implements AutoCloseable {

    public static final class Config {
        public Duration connectTimeout = Duration.ofSeconds(5);
        public Duration commandTimeout = Duration.ofSeconds(2);
        /** Upper bound of the (jittered, growing) wait between reconnection attempts. */
        public Duration maxReconnectDelay = Duration.ofSeconds(5);
    }

    private final String url;
    private final ClientResources resources;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> commands;

    private RedisConnections(String url, Config config) {
        this.url = url;
        this.resources = ClientResources.builder()
                .reconnectDelay(Delay.fullJitter(Duration.ofMillis(20), config.maxReconnectDelay, 50, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources, url);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(config.commandTimeout))
                .socketOptions(SocketOptions.builder().connectTimeout(config.connectTimeout).build())
                .build());
        try {
            this.commands = client.connect();
        } catch (RedisConnectionException e) {
            close();
            throw new IllegalStateException("Cannot reach Redis at REDIS_URL=" + url + ": " + e.getMessage(), e);
        }
    }

    /** The instance's one set of connections, closed when the server stops. */
    public static RedisConnections of(Services services, String url) {
        return services.component(RedisConnections.class,
                () -> new RedisConnections(url, services.settings().configure(new Config())));
    }

    public RedisAsyncCommands<String, String> commands() {
        return commands.async();
    }

    /** The same connection, blocking (each call bounded by the command timeout). */
    public io.lettuce.core.api.sync.RedisCommands<String, String> sync() {
        return commands.sync();
    }

    public boolean isOpen() {
        return commands.isOpen();
    }

    /** A new connection for SUBSCRIBE (it can run no other command). */
    public StatefulRedisPubSubConnection<String, String> newSubscriber() {
        return client.connectPubSub();
    }

    /** Runs {@code action} each time a connection (re)connects. */
    public void onConnected(Runnable action) {
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisConnected(RedisChannelHandler<?, ?> connection, SocketAddress address) {
                action.run();
            }
        });
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        if (commands != null) {
            commands.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
