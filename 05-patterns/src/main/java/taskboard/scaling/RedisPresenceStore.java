package taskboard.scaling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.lettuce.core.Range;
import io.lettuce.core.api.sync.RedisCommands;

import taskboard.app.Json;
import taskboard.presence.PresenceEntry;
import taskboard.presence.PresenceStore;
import taskboard.presence.Viewer;

/**
 * L16 exercise 3: presence shared by every instance. Per board, a sorted set of socket keys scored
 * by when their lease ends, and a hash of the entries themselves; a set lists the boards. An
 * instance that dies stops renewing, so its entries fall out of every viewer list within a lease.
 */
public final class RedisPresenceStore implements PresenceStore {
    private static final String BOARDS = "taskboard:presence:boards";

    private final RedisConnections redis;

    public RedisPresenceStore(RedisConnections redis) {
        this.redis = redis;
    }

    @Override
    public void put(PresenceEntry entry, long expiresAt) {
        RedisCommands<String, String> r = redis.sync();
        r.hset(entries(entry.boardId()), entry.socketKey(), Json.write(entry)); // the entry first, then its lease
        r.zadd(leases(entry.boardId()), expiresAt, entry.socketKey());
        r.sadd(BOARDS, entry.boardId());
    }

    @Override
    public void remove(String boardId, String socketKey) {
        RedisCommands<String, String> r = redis.sync();
        r.zrem(leases(boardId), socketKey);
        r.hdel(entries(boardId), socketKey);
    }

    @Override
    public List<Viewer> viewers(String boardId, long now) {
        RedisCommands<String, String> r = redis.sync();
        List<String> live = r.zrangebyscore(leases(boardId), Range.from(Range.Boundary.excluding(now), Range.Boundary.unbounded()));
        if (live.isEmpty()) {
            return List.of();
        }
        List<PresenceEntry> entries = new ArrayList<>();
        r.hmget(entries(boardId), live.toArray(String[]::new)).forEach(kv -> {
            if (kv.hasValue()) {
                entries.add(Json.MAPPER.readValue(kv.getValue(), PresenceEntry.class));
            }
        });
        return PresenceStore.dedupe(entries);
    }

    @Override
    public Set<String> expire(long now) {
        RedisCommands<String, String> r = redis.sync();
        Set<String> changed = new HashSet<>();
        for (String boardId : r.smembers(BOARDS)) {
            List<String> lapsed = r.zrangebyscore(leases(boardId), Range.from(Range.Boundary.unbounded(), Range.Boundary.including(now)));
            if (!lapsed.isEmpty()) {
                String[] keys = lapsed.toArray(String[]::new);
                r.zrem(leases(boardId), keys);
                r.hdel(entries(boardId), keys);
                changed.add(boardId);
            }
            if (r.zcard(leases(boardId)) == 0) {
                r.srem(BOARDS, boardId);
            }
        }
        return changed;
    }

    @Override
    public Map<String, Integer> viewerCounts(long now) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String boardId : redis.sync().smembers(BOARDS)) {
            int viewers = viewers(boardId, now).size();
            if (viewers > 0) {
                counts.put(boardId, viewers);
            }
        }
        return counts;
    }

    private static String leases(String boardId) {
        return "taskboard:presence:" + boardId;
    }

    private static String entries(String boardId) {
        return "taskboard:presence:" + boardId + ":entries";
    }
}
