package taskboard.exercises.capstone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import taskboard.app.Json;
import taskboard.exercises.Todo;

/**
 * Challenge C3: offline support. While offline, moves are queued instead of sent; on reconnect they
 * are replayed in order. A conflict (the task was deleted meanwhile, or the move is now invalid) is
 * resolved in the server's favour: the mutation is dropped and reported, the rest go on.
 */
public final class OfflineQueue {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** One queued move. */
    public record Move(String taskId, String listId, int position) {
    }

    private final String baseUrl;
    private final Deque<Move> queue = new ArrayDeque<>();
    private boolean online = true;

    public OfflineQueue(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public synchronized int pending() {
        return queue.size();
    }

    /** PATCH /tasks/{id}/move; the HTTP status. */
    private int send(Move move) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/tasks/" + move.taskId() + "/move"))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                        Json.write(Map.of("listId", move.listId(), "position", move.position()))))
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public synchronized void goOffline() {
        online = false;
    }

    /** Sends the move now when online; queues it when offline. */
    public synchronized void move(String taskId, String listId, int position) {
        // TODO(C3): online: send(...) at once; offline: add a Move to the queue.
        throw Todo.exercise("C3", "queue moves while offline in OfflineQueue.move", "L18", "06-capstone");
    }

    /** Back online: replays the queue in order; returns the moves the server refused (dropped). */
    public synchronized List<Move> goOnline() {
        // TODO(C3): go online, send the queued moves oldest first; a 4xx is a conflict: drop it, report it, go on.
        throw Todo.exercise("C3", "replay the queue in order and report conflicts in OfflineQueue.goOnline",
                "L18", "06-capstone");
    }
}
