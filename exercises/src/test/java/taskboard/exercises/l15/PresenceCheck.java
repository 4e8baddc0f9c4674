package taskboard.exercises.l15;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import taskboard.exercises.l15.Presence.Viewer;
import taskboard.exercises.l15.ViewerCounts.Entry;
import taskboard.exercises.testing.ExerciseFailures;

/** L15: presence, typing and viewer counts, as the logic behind the WebSocket messages. */
@Tag("L15")
@Timeout(10)
@ExtendWith(ExerciseFailures.class)
class PresenceCheck {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    @Tag("ex15.1")
    void exercise_15_1_two_tabs_are_one_viewer_and_closing_one_announces_nothing() {
        Presence presence = new Presence();
        assertTrue(presence.join("board-1", "user-alice", "Alice", "tab-1"), "Alice's first tab: user_joined");
        assertFalse(presence.join("board-1", "user-alice", "Alice", "tab-2"), "her second tab: no second user_joined");
        assertTrue(presence.join("board-1", "user-bob", "Bob", "bob-1"));
        assertEquals(List.of(new Viewer("user-alice", "Alice"), new Viewer("user-bob", "Bob")), presence.viewers("board-1"),
                "one entry per user, in join order");

        assertEquals(Optional.empty(), presence.leave("board-1", "tab-1"), "closing one of two tabs: no user_left");
        assertEquals(2, presence.viewers("board-1").size(), "Alice is still viewing");
        assertEquals(Optional.of("user-alice"), presence.leave("board-1", "tab-2"), "her last tab: user_left");
        assertEquals(List.of(new Viewer("user-bob", "Bob")), presence.viewers("board-1"));
        assertTrue(presence.join("board-2", "user-bob", "Bob", "bob-2"), "boards are separate");
    }

    @Test
    @Tag("ex15.2")
    void exercise_15_2_typing_reaches_the_others_never_the_sender_and_expires() {
        assertEquals(List.of("s2", "s3"), Typing.recipients("s1", List.of("s1", "s2", "s3")));
        Typing typing = new Typing(Duration.ofSeconds(3));
        typing.typing("user-alice", T0);
        typing.typing("user-bob", T0.plusSeconds(1));
        assertEquals(Set.of("user-alice", "user-bob"), typing.typers(T0.plusSeconds(2)), "both are typing");
        assertEquals(Set.of("user-bob"), typing.typers(T0.plusSeconds(3)), "Alice's indicator expired by itself");
        typing.stopTyping("user-bob");
        assertEquals(Set.of(), typing.typers(T0.plusSeconds(3)), "stop_typing ends Bob's at once");
        typing.typing("user-alice", T0.plusSeconds(10));
        assertEquals(Set.of("user-alice"), typing.typers(T0.plusSeconds(11)), "typing again starts a new indicator");
    }

    @Test
    @Tag("ex15.3")
    void exercise_15_3_counts_viewers_for_monitoring() {
        var summary = ViewerCounts.summarize(List.of(
                new Entry("board-1", "user-alice", "s1"), new Entry("board-1", "user-alice", "s2"),
                new Entry("board-1", "user-bob", "s3"), new Entry("board-2", "user-alice", "s4")));
        assertEquals(4, summary.sockets(), "four open sockets");
        assertEquals(2, summary.users(), "two people");
        assertEquals(Map.of("board-1", 2, "board-2", 1), summary.usersPerBoard(), "viewers per board, deduplicated by user");
        assertEquals(0, ViewerCounts.summarize(List.of()).users());
    }
}
