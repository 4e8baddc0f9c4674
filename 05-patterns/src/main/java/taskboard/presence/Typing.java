package taskboard.presence;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * L15 typing indicators: {@code typing} tells the others {@code user_typing} once, further
 * {@code typing} messages only renew it, and {@code stop_typing}, the user leaving, or no renewal
 * within the timeout ends it with {@code user_stopped_typing}. A client that crashes mid-word
 * therefore never leaves "Alice is typing..." on everyone's screen.
 *
 * <p>Runs on presence's single worker thread, so it needs no locks.
 */
final class Typing {
    private record Key(String boardId, String userId) {
    }

    private record State(Viewer who, String taskId, ScheduledFuture<?> expiry) {
    }

    private final ScheduledExecutorService worker;
    private final PresenceRelay relay;
    private final Duration timeout;
    private final Map<Key, State> active = new HashMap<>();

    Typing(ScheduledExecutorService worker, PresenceRelay relay, Duration timeout) {
        this.worker = worker;
        this.relay = relay;
        this.timeout = timeout;
    }

    void start(String boardId, Viewer who, String taskId) {
        Key key = new Key(boardId, who.userId());
        State current = active.remove(key);
        if (current != null) {
            current.expiry().cancel(false);
        } else {
            relay.toBoard(boardId, PresenceMessages.userTyping(boardId, who, taskId), who.userId());
        }
        ScheduledFuture<?> expiry = worker.schedule(() -> stop(boardId, who.userId()), timeout.toMillis(), TimeUnit.MILLISECONDS);
        active.put(key, new State(who, current != null && taskId == null ? current.taskId() : taskId, expiry));
    }

    void stop(String boardId, String userId) {
        State state = active.remove(new Key(boardId, userId));
        if (state != null) {
            state.expiry().cancel(false);
            relay.toBoard(boardId, PresenceMessages.userStoppedTyping(boardId, state.who(), state.taskId()), userId);
        }
    }

    boolean isTyping(String boardId, String userId) {
        return active.containsKey(new Key(boardId, userId));
    }
}
