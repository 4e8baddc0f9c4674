package taskboard.exercises.l15;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * L15 exercise 2: typing indicators. {@code typing} reaches the others as {@code user_typing},
 * never the sender; an indicator expires by itself (a client that vanished mid-word must not
 * "type" forever), and {@code stop_typing} ends it at once. Time is passed in, so it can be tested.
 */
public final class Typing {
    private final Duration expiry;
    private final Map<String, Instant> lastTyped = new ConcurrentHashMap<>();

    public Typing(Duration expiry) {
        this.expiry = expiry;
    }

    /** The sockets a typing message goes to: every socket of the room except the sender's. */
    public static List<String> recipients(String senderSocketId, Collection<String> roomSocketIds) {
        return roomSocketIds.stream().filter(id -> !id.equals(senderSocketId)).toList();
    }

    public void typing(String userId, Instant now) {
        lastTyped.put(userId, now);
    }

    public void stopTyping(String userId) {
        lastTyped.remove(userId);
    }

    /** The users typing at {@code now}: typed within the expiry and did not stop. */
    public Set<String> typers(Instant now) {
        lastTyped.values().removeIf(at -> !at.plus(expiry).isAfter(now));
        return new TreeSet<>(lastTyped.keySet());
    }
}
