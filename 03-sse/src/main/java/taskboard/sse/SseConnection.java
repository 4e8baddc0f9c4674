package taskboard.sse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.servlet.AsyncContext;
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
    private final StreamWriter writer;
    private final Consumer<SseConnection> onClosed;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Map<String, Long> cursors = new LinkedHashMap<>(); // last event id sent, per board
    private List<BoardEvent> pending = new ArrayList<>(); // live events that arrive during the replay
    private boolean streaming;

    SseConnection(List<String> boards, boolean multiBoard, int outboxLimit, Executor writers,
                  Consumer<SseConnection> onClosed) {
        this.boards = List.copyOf(boards);
        this.multiBoard = multiBoard;
        this.outbox = new Outbox(outboxLimit);
        this.outboxLimit = outboxLimit;
        this.writer = new StreamWriter(outbox, writers, () -> close(CloseReason.CLIENT_GONE));
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
        starts.forEach(start -> cursors.put(start.boardId(), start.cursor()));
        outbox.offerReplay(retry);
        outbox.offerReplay(SseFrames.event(resuming ? null : cursorId(), null, connectedJson()));
        for (StartPoint start : starts) {
            if (start.kind() == StartPoint.Kind.RESYNC) {
                outbox.offerReplay(SseFrames.event(cursorId(), "resync", start.resyncJson()));
            }
            start.replay().forEach(event -> send(event, null, true));
        }
        List<BoardEvent> arrived = pending;
        pending = null;
        arrived.forEach(event -> send(event, null, false));
        asyncContext.addListener(new ClosingListener(() -> close(CloseReason.ENDED_BY_CONTAINER)));
        streaming = true;
        writer.start(asyncContext);
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
        writer.wake();
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
        writer.wake();
    }

    /**
     * Ends the stream once: removes it from the registry, then ends the response, or aborts the
     * connection of a slow consumer (its socket is full, so a graceful end could not be written).
     */
    synchronized void close(CloseReason reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        onClosed.accept(this);
        log.debug("Closing the event stream of {}: {}", boards, reason);
        if (!streaming) {
            finished.complete(null); // not streaming yet: Javalin ends the response
        } else if (reason == CloseReason.SLOW_CONSUMER) {
            writer.abort();
        } else if (reason == CloseReason.ENDED_BY_CONTAINER) {
            writer.stop();
        } else {
            // Once streaming, we end the async response ourselves, never through Javalin's future:
            // the container may already have recycled the request, and Javalin would then fail on it.
            writer.end();
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
}
