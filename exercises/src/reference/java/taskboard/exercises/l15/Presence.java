package taskboard.exercises.l15;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * L15 exercise 1: who is viewing a board. One entry per (user, socket) with the time it joined;
 * the viewer list is deduplicated by user, so a user with three tabs counts once: user_joined goes
 * out for a user's first socket only, user_left when the last one goes.
 */
public final class Presence {

    /** One viewer as the presence message lists it. */
    public record Viewer(String userId, String name) {
    }

    /** Per board: socket id -> viewer, in join order. */
    private final Map<String, Map<String, Viewer>> boards = new LinkedHashMap<>();

    /** A socket of a user joins a board; true if it is the user's first socket there (announce user_joined). */
    public synchronized boolean join(String boardId, String userId, String name, String socketId) {
        Map<String, Viewer> sockets = boards.computeIfAbsent(boardId, b -> new LinkedHashMap<>());
        boolean first = sockets.values().stream().noneMatch(v -> v.userId().equals(userId));
        sockets.put(socketId, new Viewer(userId, name));
        return first;
    }

    /** A socket leaves a board (or closes); the user's id if that was their last socket there (announce user_left). */
    public synchronized Optional<String> leave(String boardId, String socketId) {
        Map<String, Viewer> sockets = boards.getOrDefault(boardId, Map.of());
        Viewer gone = sockets.isEmpty() ? null : sockets.remove(socketId);
        if (gone == null || sockets.values().stream().anyMatch(v -> v.userId().equals(gone.userId()))) {
            return Optional.empty();
        }
        return Optional.of(gone.userId());
    }

    /** The board's viewers, one per user, in the order they first joined. */
    public synchronized List<Viewer> viewers(String boardId) {
        List<Viewer> viewers = new ArrayList<>();
        boards.getOrDefault(boardId, Map.of()).values().forEach(viewer -> {
            if (!viewers.contains(viewer)) {
                viewers.add(viewer);
            }
        });
        return viewers;
    }
}
