package taskboard.presence;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where presence lives: in this process ({@link LocalPresenceStore}) or, with REDIS_URL, in Redis
 * so every instance sees the same viewers. Entries are leases: each expires unless renewed, so an
 * entry whose socket or whole instance died without saying goodbye disappears by itself.
 */
public interface PresenceStore extends AutoCloseable {

    /** Adds the entry, or renews its lease, until {@code expiresAt} (epoch millis). */
    void put(PresenceEntry entry, long expiresAt);

    void remove(String boardId, String socketKey);

    /** The board's live entries, one per user (deduplicated), longest-present first. */
    List<Viewer> viewers(String boardId, long now);

    /** Drops entries whose lease ran out; answers the boards whose viewers may have changed. */
    Set<String> expire(long now);

    /** Distinct viewers per board, for monitoring. */
    Map<String, Integer> viewerCounts(long now);

    @Override
    default void close() {
    }

    /** One user per entry, earliest join first: the rule both stores share. */
    static List<Viewer> dedupe(List<PresenceEntry> live) {
        Map<String, Viewer> byUser = new java.util.LinkedHashMap<>();
        live.stream()
                .sorted(java.util.Comparator.comparingLong(PresenceEntry::joinedAt).thenComparing(PresenceEntry::socketKey))
                .forEach(e -> byUser.putIfAbsent(e.userId(), new Viewer(e.userId(), e.name())));
        return List.copyOf(byUser.values());
    }
}
