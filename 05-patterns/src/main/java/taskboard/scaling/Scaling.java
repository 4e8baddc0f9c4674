package taskboard.scaling;

import taskboard.app.Services;
import taskboard.events.EventDelivery;
import taskboard.patterns.EventBus;
import taskboard.presence.LocalPresenceStore;
import taskboard.presence.PresenceRelay;
import taskboard.presence.PresenceStore;

/**
 * L16's switch: with {@code REDIS_URL} set, events (and presence) go through Redis so several
 * instances act as one; without it the in-process {@link EventBus} stays the embedded default.
 */
public final class Scaling {
    public static final String REDIS_URL = "REDIS_URL";

    private Scaling() {
    }

    /** The event delivery of checkpoint 05 (what {@code Stage.delivery} is given). */
    public static EventDelivery eventBus(Services services) {
        return services.settings().env(REDIS_URL)
                .<EventDelivery>map(url -> RedisEventBus.of(services, url))
                .orElseGet(() -> EventBus.of(services));
    }

    /** Where presence lives: Redis (shared by every instance) or this process. */
    public static PresenceStore presenceStore(Services services) {
        return services.settings().env(REDIS_URL)
                .<PresenceStore>map(url -> new RedisPresenceStore(RedisConnections.of(services, url)))
                .orElseGet(LocalPresenceStore::new);
    }

    /** How presence messages reach the other instances, if there are any. */
    public static PresenceRelay presenceRelay(Services services) {
        return services.settings().env(REDIS_URL)
                .<PresenceRelay>map(url -> new RedisPresenceRelay(RedisConnections.of(services, url)))
                .orElseGet(PresenceRelay.Local::new);
    }
}
