package taskboard.websocket;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;
import org.eclipse.jetty.websocket.core.WebSocketCoreSession;
import taskboard.data.User;

/**
 * One open socket: its Jetty session, its bounded {@link Outbox}, the user it authenticated as,
 * and the boards (rooms) it has joined. Everything the server sends goes through {@link #send}.
 */
public final class Connection {
    private final String id;
    private final Session session;
    private final Outbox outbox;
    private final Set<String> boards = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean gone = new AtomicBoolean();
    private volatile User user;
    private volatile String token;
    private long bytesInAtLastPing = -1;

    public Connection(String id, Session session, int outboxLimit, Consumer<Connection> onSlowConsumer) {
        this.id = id;
        this.session = session;
        this.outbox = new Outbox(new Outbox.Wire() {
            @Override
            public void send(List<String> texts, Runnable sent, Consumer<Throwable> failed) {
                if (texts.size() > 1 && session instanceof WebSocketSession jetty) {
                    sendBatch(jetty.getCoreSession(), texts, sent, failed);
                } else {
                    sendEach(texts, 0, sent, failed);
                }
            }

            @Override
            public void overflow() {
                onSlowConsumer.accept(Connection.this);
            }
        }, outboxLimit);
    }

    // Jetty gathers frames sent with batch=true into one buffer and writes it with the first frame
    // sent without: the last one. Only the last frame reports: if an earlier one fails, the
    // connection is broken and the last one fails too.
    private static void sendBatch(CoreSession core, List<String> texts, Runnable sent, Consumer<Throwable> failed) {
        int last = texts.size() - 1;
        for (int i = 0; i < last; i++) {
            core.sendFrame(new Frame(OpCode.TEXT, texts.get(i)), org.eclipse.jetty.util.Callback.NOOP, true);
        }
        core.sendFrame(new Frame(OpCode.TEXT, texts.get(last)), org.eclipse.jetty.util.Callback.from(sent, failed), false);
    }

    // Without access to Jetty's frames (another Session implementation): one message after the other.
    private void sendEach(List<String> texts, int index, Runnable sent, Consumer<Throwable> failed) {
        Runnable next = index == texts.size() - 1 ? sent : () -> sendEach(texts, index + 1, sent, failed);
        session.sendText(texts.get(index), Callback.from(next, failed));
    }

    public String id() {
        return id;
    }

    /** Queues a JSON message; dropped if the socket is closed. Never blocks the caller. */
    public void send(String json) {
        if (session.isOpen()) {
            outbox.offer(json);
        }
    }

    /** Queues a message for {@code writers} to write (a broadcast's send): never writes on the caller's thread. */
    public void sendVia(String json, java.util.concurrent.Executor writers) {
        if (session.isOpen()) {
            outbox.offerVia(json, writers);
        }
    }

    public boolean isOpen() {
        return session.isOpen() && !outbox.isClosed();
    }

    /** A close frame with a code and reason; the peer answers and the socket closes. */
    public void close(int code, String reason) {
        session.close(code, reason, Callback.NOOP);
    }

    /** Drops the TCP connection without a close handshake (a dead or stalled peer cannot take part in one). */
    public void terminate() {
        outbox.close();
        session.disconnect();
    }

    public User user() {
        return user;
    }

    public String token() {
        return token;
    }

    public boolean authenticated() {
        return user != null;
    }

    public void authenticate(User signedIn, String sessionToken) {
        this.user = signedIn;
        this.token = sessionToken;
    }

    /** The boards this socket has joined. */
    public Set<String> boards() {
        return boards;
    }

    /** True only the first time: whoever gets true cleans up after this connection. */
    boolean markGone() {
        return gone.compareAndSet(false, true);
    }

    Session session() {
        return session;
    }

    Outbox outbox() {
        return outbox;
    }

    // L13: Javalin does not hand pong frames to handlers, so liveness reads Jetty's count of bytes
    // received: a peer that answered the last ping has sent at least that pong since.
    synchronized boolean answeredLastPing() {
        long now = bytesIn();
        return bytesInAtLastPing < 0 || now < 0 || now != bytesInAtLastPing;
    }

    synchronized void pinged() {
        bytesInAtLastPing = bytesIn();
    }

    private long bytesIn() {
        if (session instanceof WebSocketSession jetty && jetty.getCoreSession() instanceof WebSocketCoreSession core
                && core.getConnection() != null) {
            return core.getConnection().getBytesIn();
        }
        return -1; // unknown: never terminate on a guess
    }

    @Override
    public String toString() {
        return "Connection[" + id + (user == null ? "" : ", " + user.id()) + "]";
    }
}
