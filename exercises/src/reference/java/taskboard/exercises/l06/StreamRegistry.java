package taskboard.exercises.l06;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.javalin.http.sse.SseClient;
import taskboard.events.BoardEvent;

/**
 * L6: the registry of open streams, per board. Events are written on the thread that made the change
 * (01-setup's direct delivery), which is fine for a lesson; 03-sse puts a bounded outbox per client
 * in between so a slow client cannot hold up a mutation.
 */
public final class StreamRegistry {
    private final Map<String, Set<SseClient>> byBoard = new ConcurrentHashMap<>();

    public void add(String boardId, SseClient client) {
        byBoard.computeIfAbsent(boardId, b -> ConcurrentHashMap.newKeySet()).add(client);
    }

    /** Open streams on a board. */
    public int count(String boardId) {
        return byBoard.getOrDefault(boardId, Set.of()).size();
    }

    /** A comment to every stream; a write that fails closes that client (and so removes it). */
    public void ping() {
        byBoard.values().forEach(clients -> clients.forEach(client -> {
            try {
                client.sendComment("ping");
            } catch (RuntimeException e) {
                client.close(); // a stream that cannot be written to is gone
            }
        }));
    }

    /** Sends a board event to the streams of its own board, and to no other. */
    public void broadcast(BoardEvent event) {
        for (SseClient client : byBoard.getOrDefault(event.boardId(), Set.of())) {
            client.sendData(event.json()); // serialised once, sent as-is to every client
        }
    }

    /** Called when a client's stream closes. */
    public void remove(String boardId, SseClient client) {
        byBoard.computeIfPresent(boardId, (b, clients) -> {
            clients.remove(client);
            return clients.isEmpty() ? null : clients;
        });
    }
}
