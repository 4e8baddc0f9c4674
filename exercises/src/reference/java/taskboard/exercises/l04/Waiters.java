package taskboard.exercises.l04;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import taskboard.events.BoardEvent;

/**
 * L4 exercise 3: the requests held open, per board. A change wakes the waiters of its own board
 * only, and every waiter is removed once answered (by a change or a timeout): none is left behind.
 */
public final class Waiters {
    private final Map<String, List<CompletableFuture<BoardEvent>>> byBoard = new ConcurrentHashMap<>();

    public CompletableFuture<BoardEvent> register(String boardId) {
        CompletableFuture<BoardEvent> waiter = new CompletableFuture<>();
        byBoard.computeIfAbsent(boardId, b -> new CopyOnWriteArrayList<>()).add(waiter);
        return waiter;
    }

    public void remove(String boardId, CompletableFuture<BoardEvent> waiter) {
        byBoard.computeIfPresent(boardId, (b, list) -> {
            list.remove(waiter);
            return list.isEmpty() ? null : list;
        });
    }

    /** How many polls of this board are waiting now. */
    public int waiting(String boardId) {
        return byBoard.getOrDefault(boardId, List.of()).size();
    }

    /** Called for every change (on the request thread that made it): wakes that board's waiters. */
    public void wake(BoardEvent event) {
        List<CompletableFuture<BoardEvent>> waiters = byBoard.remove(event.boardId());
        if (waiters != null) {
            waiters.forEach(waiter -> waiter.complete(event));
        }
    }
}
