package taskboard.exercises.l13;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * L13 exercise 1: finding dead sockets. A closed laptop sends no close frame, so the socket looks
 * alive for minutes. Every interval the server calls {@link #sweep()}: it pings every socket, and a
 * socket that did not answer the previous ping is terminated, so a dead one is gone within two
 * intervals (30-60 s with the course's 30 s).
 */
public final class Liveness {
    /** Per socket: did it answer (pong) since the last sweep? */
    private final Map<String, Boolean> answered = new ConcurrentHashMap<>();

    /** A new socket counts as alive until its first sweep. */
    public void track(String socketId) {
        answered.put(socketId, true);
    }

    public void untrack(String socketId) {
        answered.remove(socketId);
    }

    public int tracked() {
        return answered.size();
    }

    /** The socket answered a ping. */
    public void pong(String socketId) {
        answered.computeIfPresent(socketId, (id, was) -> true);
    }

    /**
     * One interval: returns the sockets to terminate (no pong since the last sweep) and stops
     * tracking them; every other socket is pinged now, so it must answer before the next sweep.
     */
    public List<String> sweep() {
        List<String> dead = new ArrayList<>();
        answered.forEach((id, alive) -> {
            if (alive) {
                answered.put(id, false); // pinged now: must answer before the next sweep
            } else {
                dead.add(id);
            }
        });
        dead.forEach(answered::remove);
        return dead;
    }
}
