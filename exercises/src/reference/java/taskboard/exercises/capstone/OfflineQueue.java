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
        Move move = new Move(taskId, listId, position);
        if (online) {
            send(move);
        } else {
            queue.addLast(move);
        }
    }

    /** Back online: replays the queue in order; returns the moves the server refused (dropped). */
    public synchronized List<Move> goOnline() {
        online = true;
        List<Move> refused = new ArrayList<>();
        while (!queue.isEmpty()) {
            Move move = queue.removeFirst();
            int status = send(move);
            if (status / 100 == 4) {
                refused.add(move); // the server's state wins: the task is gone or the move is no longer valid
            }
        }
        return refused;
    }
}
