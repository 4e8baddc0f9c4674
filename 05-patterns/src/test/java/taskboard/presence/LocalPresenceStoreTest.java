package taskboard.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LocalPresenceStoreTest {
    private final LocalPresenceStore store = new LocalPresenceStore();

    @Test
    void a_user_with_several_sockets_is_one_viewer_listed_by_their_earliest_join() {
        store.put(new PresenceEntry("board-1", "a/1", "user-bob", "Bob", 200), 10_000);
        store.put(new PresenceEntry("board-1", "a/2", "user-alice", "Alice", 100), 10_000);
        store.put(new PresenceEntry("board-1", "b/7", "user-alice", "Alice", 300), 10_000);

        assertEquals(List.of(new Viewer("user-alice", "Alice"), new Viewer("user-bob", "Bob")), store.viewers("board-1", 0));
        store.remove("board-1", "a/2");
        assertEquals(2, store.viewers("board-1", 0).size(), "Alice still has a socket");
        store.remove("board-1", "b/7");
        assertEquals(List.of(new Viewer("user-bob", "Bob")), store.viewers("board-1", 0));
    }

    @Test
    void an_entry_whose_lease_ran_out_is_not_a_viewer_and_expires() {
        store.put(new PresenceEntry("board-1", "a/1", "user-bob", "Bob", 0), 1_000);
        store.put(new PresenceEntry("board-2", "a/2", "user-alice", "Alice", 0), 5_000);

        assertEquals(1, store.viewers("board-1", 999).size());
        assertEquals(0, store.viewers("board-1", 1_000).size(), "a lease ends at its expiry time");
        assertEquals(Set.of("board-1"), store.expire(1_000));
        assertEquals(Map.of("board-2", 1), store.viewerCounts(1_000));
    }

    @Test
    void renewing_moves_the_lease_end() {
        PresenceEntry entry = new PresenceEntry("board-1", "a/1", "user-bob", "Bob", 0);
        store.put(entry, 1_000);
        store.put(entry, 3_000);
        assertEquals(Set.of(), store.expire(2_000));
        assertEquals(1, store.viewers("board-1", 2_000).size());
    }
}
