package taskboard.exercises.l15;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import taskboard.exercises.Todo;

/**
 * L15 exercise 2: typing indicators. {@code typing} reaches the others as {@code user_typing},
 * never the sender; an indicator expires by itself (a client that vanished mid-word must not
 * "type" forever), and {@code stop_typing} ends it at once. Time is passed in, so it can be tested.
 */
public final class Typing {
    private final Duration expiry;

    public Typing(Duration expiry) {
        this.expiry = expiry;
    }

    /** The sockets a typing message goes to: every socket of the room except the sender's. */
    public static List<String> recipients(String senderSocketId, Collection<String> roomSocketIds) {
        // TODO(15.2): everyone in the room but the sender.
        throw Todo.exercise("15.2", "send typing to everyone but the sender in Typing.recipients", "L15", "05-patterns");
    }

    public void typing(String userId, Instant now) {
        // TODO(15.2): remember when the user last typed.
        throw Todo.exercise("15.2", "remember who types and when in Typing.typing", "L15", "05-patterns");
    }

    public void stopTyping(String userId) {
        // TODO(15.2): the indicator ends at once.
        throw Todo.exercise("15.2", "end an indicator in Typing.stopTyping", "L15", "05-patterns");
    }

    /** The users typing at {@code now}: typed within the expiry and did not stop. */
    public Set<String> typers(Instant now) {
        // TODO(15.2): drop indicators older than the expiry.
        throw Todo.exercise("15.2", "let typing indicators expire in Typing.typers", "L15", "05-patterns");
    }
}
