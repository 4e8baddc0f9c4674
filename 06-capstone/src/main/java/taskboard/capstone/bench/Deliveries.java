package taskboard.capstone.bench;

import java.util.Arrays;
import java.util.BitSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * What every subscriber received: which event numbers (so losses and duplicates are counted, not
 * guessed) and how long after its POST each one arrived. The publisher stamps each event's send
 * time; the subscribers live in the same JVM, so one clock measures both ends.
 */
public final class Deliveries {
    private final int events;
    private final AtomicLongArray sentAt;
    private final BitSet[] seen;
    private final long[] latencies;
    private final AtomicInteger recorded = new AtomicInteger();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder unexpected = new LongAdder();
    private final LongAdder repeats = new LongAdder();
    private final LongAdder requests = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private volatile long lastDeliveryNanos;

    public Deliveries(int subscribers, int events) {
        this.events = events;
        this.sentAt = new AtomicLongArray(events);
        this.seen = new BitSet[subscribers];
        for (int i = 0; i < subscribers; i++) {
            seen[i] = new BitSet(events);
        }
        this.latencies = new long[Math.multiplyExact(subscribers, events)];
    }

    /** The publisher, just before it sends event {@code seq}'s POST. */
    public void sent(int seq, long nanos) {
        sentAt.set(seq, nanos);
    }

    /** A subscriber saw event {@code seq}. */
    public void received(int subscriber, int seq) {
        long now = System.nanoTime();
        if (seq < 0 || seq >= events) {
            unexpected.increment();
            return;
        }
        BitSet mine = seen[subscriber];
        synchronized (mine) {
            if (mine.get(seq)) {
                duplicates.increment();
                return;
            }
            mine.set(seq);
        }
        int slot = recorded.getAndIncrement();
        if (slot < latencies.length) {
            latencies[slot] = now - sentAt.get(seq);
        }
        lastDeliveryNanos = now;
    }

    /** A short poll answered a task state the subscriber already had (harmless, but it cost bytes). */
    public void repeated() {
        repeats.increment();
    }

    public long repeats() {
        return repeats.sum();
    }

    /** Cost accounting: one HTTP request (polls) and the bytes a subscriber read. */
    public void request() {
        requests.increment();
    }

    public void bytes(long count) {
        bytes.add(count);
    }

    public long delivered() {
        return Math.min(recorded.get(), latencies.length);
    }

    public long expected() {
        return (long) seen.length * events;
    }

    public long lost() {
        return expected() - delivered();
    }

    public long duplicates() {
        return duplicates.sum();
    }

    public long requests() {
        return requests.sum();
    }

    public long bytesRead() {
        return bytes.sum();
    }

    public long lastDeliveryNanos() {
        return lastDeliveryNanos;
    }

    /** Latency percentiles in milliseconds: p50, p95, p99, max. */
    public double[] percentilesMillis() {
        long[] sorted = Arrays.copyOf(latencies, (int) delivered());
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        return new double[] {at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6};
    }

    private static double at(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** Hands every bench event number in a payload ({@code "title":"bench-42"}) to {@code found}. */
    public static void forEachSeq(String payload, java.util.function.IntConsumer found) {
        int at = payload.indexOf(TITLE);
        while (at >= 0) {
            int i = at + TITLE.length();
            int value = 0;
            int start = i;
            while (i < payload.length() && Character.isDigit(payload.charAt(i))) {
                value = value * 10 + (payload.charAt(i++) - '0');
            }
            if (i > start) {
                found.accept(value);
            }
            at = payload.indexOf(TITLE, i);
        }
    }

    private static final String TITLE = "\"title\":\"bench-";
}
