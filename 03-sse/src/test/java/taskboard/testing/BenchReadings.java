package taskboard.testing;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

import com.sun.management.UnixOperatingSystemMXBean;
import taskboard.app.Services;
import taskboard.data.TaskService.TaskPatch;

/**
 * What the connection benchmarks (03-sse's streams, 04-websockets' sockets) read off the server's
 * JVM, and how they publish: one event at a time, so they measure latency, not a burst's queueing.
 */
public final class BenchReadings {
    private BenchReadings() {
    }

    /** Heap in use after a few full collections: what the open connections really hold. */
    public static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    public static int threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    public static long fileDescriptors() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
                ? unix.getOpenFileDescriptorCount() : -1;
    }

    /** Off-heap buffers (Jetty's pooled response buffers live there). */
    public static long directBuffers() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
    }

    /** Renames task-1 {@code events} times, 100 ms apart; each title carries its send time for the clients. */
    public static void publishOneAtATime(Services services, int events, Supplier<String> title)
            throws InterruptedException {
        for (int i = 0; i < events; i++) {
            services.taskService().update("task-1", new TaskPatch(title.get(), false, null, false, null));
            Thread.sleep(100);
        }
    }
}
