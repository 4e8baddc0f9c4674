package taskboard.webhooks;

import java.time.Duration;

import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;

import taskboard.app.Services;
import taskboard.events.BoardEvent;

/**
 * L14: webhooks, a consumer of board events outside the server, added as one more bus subscriber
 * with no change to any route that mutates tasks. Sending happens on the sender's own threads,
 * never on the path that published the event.
 */
public final class WebhooksPlugin extends Plugin<WebhooksPlugin.Config> {

    public static final class Config {
        /** How long to wait for a receiver (to connect, then to answer). */
        public Duration timeout = Duration.ofSeconds(5);
        /** Attempts per event, the first one included. */
        public int maxAttempts = 6;
        /** Delay before the first retry; it doubles after each failure. */
        public Duration firstRetry = Duration.ofSeconds(1);
        public Duration maxRetryDelay = Duration.ofMinutes(1);
    }

    private final Services services;
    private final WebhookRepository webhooks;
    private final WebhookSender sender;

    public WebhooksPlugin(Services services) {
        super(services.settings().tuning(Config.class), new Config());
        this.services = services;
        this.webhooks = new WebhookRepository(services.database());
        this.sender = services.component(WebhookSender.class, () -> new WebhookSender(pluginConfig));
    }

    @Override
    public void onStart(JavalinState state) {
        WebhookHandlers handlers = new WebhookHandlers(services, webhooks);
        state.routes.post("/boards/{boardId}/webhooks", handlers::create);
        state.routes.get("/boards/{boardId}/webhooks", handlers::list);
        state.routes.delete("/boards/{boardId}/webhooks/{webhookId}", handlers::delete);
        Runnable unsubscribe = services.delivery().subscribe(this::deliver);
        services.onClose(unsubscribe::run);
    }

    /** On the bus's thread for this subscriber: find the board's webhooks, claim, hand to the sender. */
    private void deliver(BoardEvent event) {
        for (Webhook hook : webhooks.byBoard(event.boardId())) {
            if (webhooks.claim(hook.id(), event.id())) {
                sender.send(hook, event);
            }
        }
    }
}
