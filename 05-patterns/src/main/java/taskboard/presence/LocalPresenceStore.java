package taskboard.presence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** L15's presence store for one instance: leases in memory. */
public final class LocalPresenceStore implements PresenceStore {
    private record Lease(PresenceEntry entry, long expiresAt) {
    }

    private final Map<String, Map<String, Lease>> boards = new HashMap<>();

    @Override
    public synchronized void put(PresenceEntry entry, long expiresAt) {
        boards.computeIfAbsent(entry.boardId(), b -> new HashMap<>()).put(entry.socketKey(), new Lease(entry, expiresAt));
    }

    @Override
    public synchronized void remove(String boardId, String socketKey) {
        Map<String, Lease> board = boards.get(boardId);
        if (board != null && board.remove(socketKey) != null && board.isEmpty()) {
            boards.remove(boardId);
        }
    }

    @Override
    public synchronized List<Viewer> viewers(String boardId, long now) {
        List<PresenceEntry> live = new ArrayList<>();
        boards.getOrDefault(boardId, Map.of()).values().stream()
                .filter(lease -> lease.expiresAt() > now)
                .forEach(lease -> live.add(lease.entry()));
        return PresenceStore.dedupe(live);
    }

    @Override
    public synchronized Set<String> expire(long now) {
        Set<String> changed = new HashSet<>();
        boards.forEach((boardId, board) -> {
            if (board.values().removeIf(lease -> lease.expiresAt() <= now)) {
                changed.add(boardId);
            }
        });
        boards.values().removeIf(Map::isEmpty);
        return changed;
    }

    @Override
    public synchronized Map<String, Integer> viewerCounts(long now) {
        Map<String, Integer> counts = new TreeMap<>();
        boards.keySet().forEach(boardId -> counts.put(boardId, viewers(boardId, now).size()));
        return counts;
    }
}
