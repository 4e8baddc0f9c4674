package taskboard.presence;

/**
 * How presence messages reach the sockets of a board: on this instance only, or (with Redis) on
 * every instance. Two things travel: messages for a board's sockets (typing), and the notice
 * that a board's viewers changed, so each instance recomputes what its own sockets must be told.
 */
public interface PresenceRelay extends AutoCloseable {

    /** Where relayed traffic is handed on this instance. */
    interface Receiver {
        /** Send {@code json} to the board's sockets here, except those of {@code excludeUserId}. */
        void deliver(String boardId, String json, String excludeUserId);

        /** Another instance changed the board's viewers. */
        void changed(String boardId);
    }

    void start(Receiver receiver);

    /** To every socket of the board, on every instance, except those of {@code excludeUserId}. */
    void toBoard(String boardId, String json, String excludeUserId);

    /** Tells the other instances that the board's viewers changed. */
    void changed(String boardId);

    @Override
    default void close() {
    }

    /** One instance: everything is local, there is nobody else to tell. */
    final class Local implements PresenceRelay {
        private Receiver receiver;

        @Override
        public void start(Receiver newReceiver) {
            this.receiver = newReceiver;
        }

        @Override
        public void toBoard(String boardId, String json, String excludeUserId) {
            receiver.deliver(boardId, json, excludeUserId);
        }

        @Override
        public void changed(String boardId) {
            // no other instance
        }
    }
}
