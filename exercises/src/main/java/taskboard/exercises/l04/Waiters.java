package taskboard.exercises.l04;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import taskboard.events.BoardEvent;
import taskboard.exercises.Todo;

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
        // TODO(4.3): take the waiters of event.boardId() out of the map and complete each with the event;
        //            the waiters of other boards stay untouched.
        throw Todo.exercise("4.3", "complete the waiters of the event's board only, and remove them, in Waiters.wake",
                "L4", "02-polling");
    }
}
