package taskboard.exercises.l07;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import taskboard.events.BoardEvent;

/**
 * L7 exercise 3: the last {@value #CAPACITY} events of a board, in memory. Past that the oldest is
 * dropped, so the memory stays bounded; a client asking for more than is kept is told so (an empty
 * Optional: refetch the board) rather than given a silent, partial replay.
 */
public final class RecentEvents {
    public static final int CAPACITY = 100;

    private final int capacity;
    private final Deque<BoardEvent> events = new ArrayDeque<>();

    public RecentEvents() {
        this(CAPACITY);
    }

    public RecentEvents(int capacity) {
        this.capacity = capacity;
    }

    public synchronized int size() {
        return events.size();
    }

    /** Keeps an event (they arrive in id order), dropping the oldest beyond the capacity. */
    public synchronized void add(BoardEvent event) {
        events.addLast(event);
        while (events.size() > capacity) {
            events.removeFirst();
        }
    }

    /** The events after {@code lastEventId}, or empty if some of them were already dropped. */
    public synchronized Optional<List<BoardEvent>> after(long lastEventId) {
        if (!events.isEmpty() && events.peekFirst().id() > lastEventId + 1) {
            return Optional.empty(); // the gap starts before what we kept
        }
        return Optional.of(events.stream().filter(event -> event.id() > lastEventId).toList());
    }
}
