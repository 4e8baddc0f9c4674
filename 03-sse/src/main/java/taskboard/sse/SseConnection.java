package taskboard.sse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import taskboard.app.Json;
import taskboard.events.BoardEvent;

/**
 * One open event stream (L6). Publishers only put frames into its bounded {@link Outbox} and
 * return; the frames are written with the servlet's non-blocking output (a WriteListener), by a
 * small shared writer pool or by the container when the socket can take more. So an idle stream
 * holds no thread, and a client that stops reading delays nobody: its outbox fills and it is
 * dropped, to resume later from its Last-Event-ID.
 */
final class SseConnection {
    private static final Logger log = LoggerFactory.getLogger(SseConnection.class);

    enum CloseReason { CLIENT_GONE, SLOW_CONSUMER, SERVER_STOPPING, ENDED_BY_CONTAINER }

    private final List<String> boards;
    private final boolean multiBoard;
    private final Outbox outbox;
    private final int outboxLimit;
    private final Executor writers;
    private final Consumer<SseConnection> onClosed;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    // True while someone drains the outbox. It starts true: the container's first onWritePossible drains.
    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final Map<String, Long> cursors = new LinkedHashMap<>(); // last event id sent, per board
    private List<BoardEvent> pending = new ArrayList<>(); // live events that arrive during the replay
    private AsyncContext async;
    private volatile ServletOutputStream out;
    private boolean unflushed;

    SseConnection(List<String> boards, boolean multiBoard, int outboxLimit, Executor writers,
                  Consumer<SseConnection> onClosed) {
        this.boards = List.copyOf(boards);
        this.multiBoard = multiBoard;
        this.outbox = new Outbox(outboxLimit);
        this.outboxLimit = outboxLimit;
        this.writers = writers;
        this.onClosed = onClosed;
    }

    List<String> boards() {
        return boards;
    }

    CompletableFuture<Void> finished() {
        return finished;
    }

    /**
     * Starts the stream: retry, connected, then each board's replay or resync, then the live events
     * that arrived meanwhile (registered before the log was read, so none is missed; the cursor
     * check drops those the replay already sent).
     */
    synchronized void open(AsyncContext asyncContext, byte[] retry, List<StartPoint> starts, boolean resuming)
            throws IOException {
        if (closed.get()) {
            return;
        }
        this.async = asyncContext;
        starts.forEach(start -> cursors.put(start.boardId(), start.cursor()));
        outbox.offerReplay(retry);
        outbox.offerReplay(SseFrames.event(resuming ? null : cursorId(), null, connectedJson()));
        for (StartPoint start : starts) {
            if (start.kind() == StartPoint.Kind.RESYNC) {
                outbox.offerReplay(SseFrames.event(cursorId(), "resync", resyncJson(start)));
            }
            start.replay().forEach(event -> send(event, null, true));
        }
        List<BoardEvent> arrived = pending;
        pending = null;
        arrived.forEach(event -> send(event, null, false));
        asyncContext.addListener(new ClosingListener(() -> close(CloseReason.ENDED_BY_CONTAINER)));
        out = asyncContext.getResponse().getOutputStream();
        out.setWriteListener(new WriteListener() {
            @Override
            public void onWritePossible() {
                drain();
            }

            @Override
            public void onError(Throwable failure) {
                close(CloseReason.CLIENT_GONE);
            }
        });
    }

    /** A live event of one of this stream's boards; {@code frame} is its shared single-board frame. */
    synchronized void deliver(BoardEvent event, byte[] frame) {
        if (closed.get()) {
            return;
        }
        if (pending != null) {
            if (pending.size() >= outboxLimit) {
                close(CloseReason.SLOW_CONSUMER);
            } else {
                pending.add(event);
            }
            return;
        }
        send(event, frame, false);
    }

    /** L8: the heartbeat comment, once the stream has started. */
    synchronized void heartbeat() {
        if (closed.get() || pending != null) {
            return;
        }
        if (!outbox.offer(SseFrames.HEARTBEAT)) {
            close(CloseReason.SLOW_CONSUMER);
            return;
        }
        wakeWriter();
    }

    private void send(BoardEvent event, byte[] sharedFrame, boolean replay) {
        if (event.id() <= cursors.getOrDefault(event.boardId(), 0L)) {
            return; // already sent: the seam between replay and live
        }
        cursors.put(event.boardId(), event.id());
        byte[] frame = sharedFrame != null && !multiBoard
                ? sharedFrame
                : SseFrames.event(cursorId(), event.type(), event.json());
        if (replay) {
            outbox.offerReplay(frame);
        } else if (!outbox.offer(frame)) {
            close(CloseReason.SLOW_CONSUMER);
            return;
        }
        if (out != null) {
            wakeWriter();
        }
    }

    private void wakeWriter() {
        if (writing.compareAndSet(false, true)) {
            try {
                writers.execute(this::drain);
            } catch (RejectedExecutionException stopping) {
                writing.set(false);
            }
        }
    }

    /** Writes queued frames while the socket takes them; the container calls back when it can take more. */
    private void drain() {
        try {
            while (!closed.get() && out.isReady()) {
                byte[] frame = outbox.poll();
                if (frame != null) {
                    out.write(frame);
                    unflushed = true;
                } else if (unflushed) {
                    unflushed = false;
                    out.flush();
                } else {
                    writing.set(false);
                    if (outbox.isEmpty() || !writing.compareAndSet(false, true)) {
                        return; // a publisher that queues now wakes a writer itself
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            close(CloseReason.CLIENT_GONE); // a failed write removes the client (L8)
        }
    }

    /**
     * Ends the stream once: removes it from the registry, then ends the response, or aborts the
     * connection of a slow consumer (its socket is full, so a graceful end could not be written).
     */
    void close(CloseReason reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        onClosed.accept(this);
        log.debug("Closing the event stream of {}: {}", boards, reason);
        if (async == null) {
            finished.complete(null); // not streaming yet: Javalin ends the response
        } else if (reason == CloseReason.SLOW_CONSUMER) {
            abort();
        } else if (reason != CloseReason.ENDED_BY_CONTAINER) {
            // Once streaming, we end the async response ourselves, never through Javalin's future:
            // the container may already have recycled the request, and Javalin would then fail on it.
            try {
                async.complete();
            } catch (RuntimeException alreadyEnded) {
                log.debug("The stream of {} had already ended", boards);
            }
        }
    }

    private void abort() {
        try {
            ServletContextRequest.getServletContextRequest(async.getRequest())
                    .getConnectionMetaData().getConnection().getEndPoint().close();
        } catch (RuntimeException e) {
            log.debug("Aborting a slow consumer's connection failed", e);
        }
    }

    private String cursorId() {
        return StreamCursor.format(cursors, multiBoard);
    }

    private String connectedJson() {
        if (!multiBoard) {
            return "{\"type\":\"connected\"}";
        }
        Map<String, Object> connected = new LinkedHashMap<>();
        connected.put("type", "connected");
        connected.put("boards", boards);
        return Json.write(connected);
    }

    /** {"type":"resync","boardId":...,"latestId":...,"reason":...}: refetch the board, then carry on. */
    private static String resyncJson(StartPoint start) {
        Map<String, Object> resync = new LinkedHashMap<>();
        resync.put("type", "resync");
        resync.put("boardId", start.boardId());
        resync.put("latestId", start.cursor());
        resync.put("reason", start.reason());
        return Json.write(resync);
    }
}
