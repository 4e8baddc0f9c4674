package taskboard.capstone.bench;

import java.util.concurrent.CompletableFuture;

/** One benchmark client listening to board-1 over one transport. */
interface Subscriber extends AutoCloseable {

    /** Connects; completes once the subscriber is listening (connected frame, joined room, first poll). */
    CompletableFuture<Void> open();

    @Override
    void close();
}
