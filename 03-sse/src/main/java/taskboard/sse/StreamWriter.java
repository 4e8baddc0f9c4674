package taskboard.sse;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one stream's {@link Outbox} to its async response without ever blocking (L8): it writes
 * while the socket takes data ({@code isReady()}), and when it does not, the container calls
 * {@link #onWritePossible} later. No thread waits on a slow or idle client.
 */
final class StreamWriter implements WriteListener {
    private static final Logger log = LoggerFactory.getLogger(StreamWriter.class);

    private final Outbox outbox;
    private final Executor writers;
    private final Runnable onFailure;
    // True while someone drains the outbox. It starts true: the container's first onWritePossible drains.
    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final Runnable drainTask = this::drain; // one task object per stream, not one per frame
    private volatile boolean stopped;
    private volatile AsyncContext async;
    private volatile ServletOutputStream out;
    private boolean unflushed; // only touched by the one drainer

    StreamWriter(Outbox outbox, Executor writers, Runnable onFailure) {
        this.outbox = outbox;
        this.writers = writers;
        this.onFailure = onFailure;
    }

    /** Takes over the response; the container then calls {@link #onWritePossible} for the first time. */
    void start(AsyncContext asyncContext) throws IOException {
        async = asyncContext;
        out = asyncContext.getResponse().getOutputStream();
        out.setWriteListener(this);
    }

    /** Called after a frame was queued: makes sure someone drains the outbox, without waiting for it. */
    void wake() {
        if (out != null && !stopped && writing.compareAndSet(false, true)) {
            try {
                writers.execute(drainTask);
            } catch (RejectedExecutionException shuttingDown) {
                writing.set(false);
            }
        }
    }

    @Override
    public void onWritePossible() {
        drain();
    }

    @Override
    public void onError(Throwable failure) {
        onFailure.run();
    }

    private void drain() {
        try {
            while (!stopped && out.isReady()) {
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
                        return; // a publisher that queues from now on wakes a writer itself
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            onFailure.run(); // a failed write removes the client (L8)
        }
    }

    /** Ends the response normally (the last chunk is written when the socket allows). */
    void end() {
        stopped = true;
        try {
            async.complete();
        } catch (RuntimeException alreadyEnded) {
            log.debug("The stream had already ended");
        }
    }

    /** Drops the connection: for a client whose socket is full, which a graceful end would wait on. */
    void abort() {
        stopped = true;
        try {
            ServletContextRequest.getServletContextRequest(async.getRequest())
                    .getConnectionMetaData().getConnection().getEndPoint().close();
        } catch (RuntimeException e) {
            log.debug("Aborting a slow consumer's connection failed", e);
        }
    }

    /** Stops writing: the container has ended the response itself. */
    void stop() {
        stopped = true;
    }
}
