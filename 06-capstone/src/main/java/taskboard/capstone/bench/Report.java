package taskboard.capstone.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import taskboard.app.Json;

/** Prints the runs as a table and writes bench-results.csv, bench-results.json and bench-chart.svg. */
final class Report {
    private final BenchOptions options;
    private final List<RunResult> results;

    Report(BenchOptions options, List<RunResult> results) {
        this.options = options;
        this.results = results;
    }

    void write() throws IOException {
        System.out.println(table());
        Files.createDirectories(options.out());
        List<String> csv = new ArrayList<>();
        csv.add(RunResult.CSV_HEADER);
        results.forEach(r -> csv.add(r.csv()));
        Files.write(options.out().resolve("bench-results.csv"), csv);
        Files.writeString(options.out().resolve("bench-results.json"),
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        Files.writeString(options.out().resolve("bench-chart.svg"), svg());
        System.out.println("Wrote " + options.out().resolve("bench-results.csv") + ", bench-results.json, bench-chart.svg");
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%-20s %7s %7s %9s %5s %5s %6s %8s %8s %8s %8s %10s %8s %9s %9s %9s %8s %5s %7s %7s%n",
                "transport", "conns", "events", "delivered", "lost", "dup", "repeat", "p50 ms", "p95 ms", "p99 ms", "max ms",
                "deliv/s", "req/del", "bytes/del", "heap/conn", "rss/conn", "threads", "load", "srv us", "gen us"));
        for (RunResult r : results) {
            out.append(String.format(Locale.ROOT,
                    "%-20s %7d %7d %9d %5d %5d %6d %8.1f %8.1f %8.1f %8.1f %10.0f %8.3f %9.0f %9s %9s %4d>%-3d %5.1f %7.1f %7.1f%n",
                    r.transports(), r.connections(), r.events(), r.delivered(), r.lost(), r.duplicates(), r.repeats(),
                    r.p50Ms(), r.p95Ms(), r.p99Ms(), r.maxMs(), r.deliveriesPerSecond(), r.requestsPerDelivery(),
                    r.bytesPerDelivery(), kib(r.heapBytesPerConnection()), kib(r.rssBytesPerConnection()),
                    r.serverThreadsBefore(), r.serverThreadsIdle(), r.loadAverage(),
                    r.serverCpuMicrosPerDelivery(), r.benchCpuMicrosPerDelivery()));
        }
        return out.toString();
    }

    private static String kib(long bytes) {
        return String.format(Locale.ROOT, "%.1fK", bytes / 1024.0);
    }

    /** Two bar charts side by side: latency (p50 and p99) and bytes on the wire per delivered event. */
    String svg() {
        int width = 900;
        int height = 360;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        panel(svg, 40, "Delivery latency, POST to subscriber (ms, log scale)", r -> r.p50Ms(), r -> r.p99Ms(),
                "p50", "p99", true);
        panel(svg, 480, "Bytes read per delivered event", r -> r.bytesPerDelivery(), r -> 0, "bytes", null, false);
        svg.append("<text x=\"40\" y=\"").append(height - 8).append("\" fill=\"#555\">")
                .append(escape(subtitle())).append("</text>\n</svg>\n");
        return svg.toString();
    }

    private void panel(StringBuilder svg, int left, String title, ToDoubleFunction<RunResult> first,
                       ToDoubleFunction<RunResult> second, String firstName, String secondName, boolean log) {
        int top = 40;
        int plotHeight = 240;
        int plotWidth = 380;
        double max = 1;
        for (RunResult r : results) {
            max = Math.max(max, Math.max(value(first, r), value(second, r)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n",
                left, top - 16, escape(title)));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                left, top + plotHeight, left + plotWidth, top + plotHeight));
        int slot = plotWidth / Math.max(1, results.size());
        for (int i = 0; i < results.size(); i++) {
            RunResult r = results.get(i);
            int x = left + i * slot + 8;
            int bar = secondName == null ? slot - 16 : (slot - 16) / 2;
            bar(svg, x, top, plotHeight, bar, value(first, r), max, log, "#4878a8", firstName);
            if (secondName != null) {
                bar(svg, x + bar, top, plotHeight, bar, value(second, r), max, log, "#e07b39", secondName);
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n",
                    x, top + plotHeight + 16, escape(r.transports())));
        }
        if (secondName != null) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"#4878a8\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text><rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"#e07b39\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n", left + plotWidth - 110, top - 12, left + plotWidth - 96,
                    top - 3, firstName, left + plotWidth - 60, top - 12, left + plotWidth - 46, top - 3, secondName));
        }
    }

    private static void bar(StringBuilder svg, int x, int top, int plotHeight, int width, double value, double max,
                            boolean log, String colour, String name) {
        // Log scale for latency: SSE's tens of milliseconds and polling's seconds on one chart.
        double share = log ? Math.log10(1 + value) / Math.log10(1 + max) : value / max;
        int h = (int) Math.round(plotHeight * share);
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s %.1f</title></rect>%n"
                        + "<text x=\"%d\" y=\"%d\" font-size=\"10\">%.1f</text>%n",
                x, top + plotHeight - h, width - 2, h, colour, name, value, x, top + plotHeight - h - 3, value));
    }

    private static double value(ToDoubleFunction<RunResult> metric, RunResult r) {
        double value = metric.applyAsDouble(r);
        return Double.isNaN(value) ? 0 : value;
    }

    private String subtitle() {
        return String.format(Locale.ROOT, "%d subscribers per transport, %d events at %.0f/s, short poll every %d ms,"
                + " loopback, %d cores, load average %.1f", options.subscribers(), options.events(), options.rate(),
                options.pollInterval().toMillis(), Runtime.getRuntime().availableProcessors(),
                results.isEmpty() ? Double.NaN : results.get(results.size() - 1).loadAverage());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
