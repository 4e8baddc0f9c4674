package taskboard.capstone.monitoring;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;

/**
 * L16/L17: what a connection costs, read from the running server. {@code GET /admin/runtime}
 * answers heap in use, resident memory (Linux) and live threads; {@code ?gc=true} collects
 * garbage first so two readings can be subtracted. The benchmark divides the difference by the
 * connections it opened. Behind the admin gate like every /admin endpoint.
 */
public final class RuntimeStatsPlugin extends Plugin<Void> {

    @Override
    public void onStart(JavalinState state) {
        state.routes.get("/admin/runtime", RuntimeStatsPlugin::runtime);
    }

    static void runtime(Context ctx) {
        if ("true".equals(ctx.queryParam("gc"))) {
            collectGarbage();
        }
        Runtime runtime = Runtime.getRuntime();
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("heapUsedBytes", runtime.totalMemory() - runtime.freeMemory());
        stats.put("heapCommittedBytes", runtime.totalMemory());
        stats.put("rssBytes", residentBytes());
        stats.put("threads", ManagementFactory.getThreadMXBean().getThreadCount());
        stats.put("processCpuNanos", processCpuNanos());
        ctx.json(stats);
    }

    /** CPU time the whole server process has used so far (all threads, JIT and GC included); -1 if unknown. */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** A few rounds, since one System.gc() may leave objects that only a second one frees. */
    private static void collectGarbage() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    /** VmRSS from /proc/self/status, in bytes; -1 where there is no /proc (not Linux). */
    static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: report unknown
        }
        return -1;
    }
}
