package taskboard.websocket;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import taskboard.data.EventLog;
import taskboard.events.BoardEvent;

/**
 * L11: a room per board. Joining answers {@code joined} with the viewer count and tells the
 * others; board events reach every open socket in the board's room; a broadcast can leave out its
 * sender; a socket that goes away leaves every room. Who is told what on join and leave is the
 * {@link Announcer}'s job, so L15's presence can replace it.
 */
public final class Rooms {

    /** Tells a room that someone joined or left. */
    public interface Announcer {
        void joined(Rooms rooms, String boardId, Connection who);

        void left(Rooms rooms, String boardId, Connection who);
    }

    private final Map<String, Map<Connection, RoomMember>> rooms = new ConcurrentHashMap<>();
    private final EventLog log;
    private final ThreadPoolExecutor writers = writerPool();
    private volatile Announcer announcer = new Announcements();

    public Rooms(EventLog log) {
        this.log = log;
    }

    /**
     * Adds a socket to a board's room. With {@code lastEventId}, first replays the events it missed
     * from the event log (or asks it to resync if they are no longer kept), then goes live.
     */
    public void join(Connection connection, String boardId, OptionalLong lastEventId) {
        RoomMember member = new RoomMember(connection, writers);
        boolean[] added = {false};
        rooms.compute(boardId, (id, room) -> {
            Map<Connection, RoomMember> members = room == null ? new ConcurrentHashMap<>() : room;
            added[0] = members.putIfAbsent(connection, member) == null;
            return members;
        });
        long latest = log.latestId(boardId);
        connection.send(Messages.joined(boardId, viewers(boardId), latest));
        if (!added[0]) {
            return; // joining twice changes nothing
        }
        connection.boards().add(boardId);
        if (lastEventId.isPresent() && lastEventId.getAsLong() != latest) {
            catchUp(member, boardId, lastEventId.getAsLong(), latest);
        }
        member.goLive(latest);
        if (!connection.isOpen()) {
            leave(connection, boardId); // it went away while joining: do not leave it behind
            return;
        }
        announcer.joined(this, boardId, connection);
    }

    private void catchUp(RoomMember member, String boardId, long lastEventId, long latest) {
        OptionalLong oldest = log.oldestId(boardId);
        boolean kept = lastEventId < latest && oldest.isPresent() && lastEventId + 1 >= oldest.getAsLong();
        if (!kept) {
            member.connection().send(Messages.resync(boardId, lastEventId));
            return;
        }
        long from = lastEventId;
        while (from < latest) {
            List<BoardEvent> page = log.after(boardId, from, 200);
            if (page.isEmpty()) {
                break;
            }
            member.replay(page);
            from = page.get(page.size() - 1).id();
        }
    }

    /** Removes a socket from a room; true if it was in it. */
    public boolean leave(Connection connection, String boardId) {
        boolean[] removed = {false};
        rooms.computeIfPresent(boardId, (id, members) -> {
            removed[0] = members.remove(connection) != null;
            return members.isEmpty() ? null : members;
        });
        connection.boards().remove(boardId);
        if (removed[0]) {
            announcer.left(this, boardId, connection);
        }
        return removed[0];
    }

    /** A disconnect: the socket leaves every room it was in, and each room is told. */
    public void leaveAll(Connection connection) {
        for (String boardId : List.copyOf(connection.boards())) {
            leave(connection, boardId);
        }
    }

    /** A board event to everyone in the board's room (serialised once for all of them). */
    public void publish(BoardEvent event) {
        Map<Connection, RoomMember> members = rooms.get(event.boardId());
        if (members == null) {
            return;
        }
        String json = Messages.event(event);
        for (RoomMember member : members.values()) {
            member.deliver(event, json); // a closed socket's send drops it: no second open check per delivery
        }
    }

    /** Sends to every open socket in the room except {@code exclude} (null: no one is left out). */
    public void broadcast(String boardId, String json, Connection exclude) {
        for (Connection connection : members(boardId)) {
            if (connection != exclude && connection.isOpen()) {
                connection.send(json);
            }
        }
    }

    /** The open sockets in a board's room. */
    public List<Connection> members(String boardId) {
        Map<Connection, RoomMember> members = rooms.getOrDefault(boardId, Map.of());
        List<Connection> open = new ArrayList<>();
        for (Connection connection : members.keySet()) {
            if (connection.isOpen()) {
                open.add(connection);
            }
        }
        return open;
    }

    /** How many open sockets are in a board's room (L11's {@code viewers}). */
    public int viewers(String boardId) {
        return members(boardId).size();
    }

    /** Room sizes by board, for monitoring. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new TreeMap<>();
        rooms.keySet().forEach(boardId -> sizes.put(boardId, viewers(boardId)));
        return sizes;
    }

    // L13: a board event goes to every socket of the room. The broadcast only queues it in each
    // outbox; two writer threads (the machine's cores, not one per socket) do the writes, so one
    // event reaches thousands of sockets in parallel and a socket that is behind gets a batch.
    // Idle writers end after a while: a server without traffic keeps no writer threads.
    private static ThreadPoolExecutor writerPool() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "ws-writer-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Replaces who is told about joins and leaves (L15's presence does). */
    public void announceWith(Announcer newAnnouncer) {
        this.announcer = newAnnouncer;
    }
}
