package taskboard.capstone.bench;

/** One run's figures: a row of the table, the CSV and the JSON. */
record RunResult(
        String transports,
        int connections,
        int events,
        double rate,
        long expected,
        long delivered,
        long lost,
        long duplicates,
        long repeats,
        double p50Ms,
        double p95Ms,
        double p99Ms,
        double maxMs,
        double deliveriesPerSecond,
        double requestsPerDelivery,
        double bytesPerDelivery,
        long heapBytesPerConnection,
        long rssBytesPerConnection,
        int serverThreadsIdle,
        int serverThreadsBefore,
        long publishFailures,
        double loadAverage,
        double serverCpuMicrosPerDelivery,
        double benchCpuMicrosPerDelivery) {

    static final String CSV_HEADER = "transports,connections,events,rate,expected,delivered,lost,duplicates,repeats,"
            + "p50_ms,p95_ms,p99_ms,max_ms,deliveries_per_s,requests_per_delivery,bytes_per_delivery,"
            + "heap_bytes_per_connection,rss_bytes_per_connection,server_threads_idle,server_threads_before,publish_failures,load_average,"
            + "server_cpu_us_per_delivery,bench_cpu_us_per_delivery";

    String csv() {
        return String.join(",", transports, str(connections), str(events), num(rate), str(expected), str(delivered),
                str(lost), str(duplicates), str(repeats), num(p50Ms), num(p95Ms), num(p99Ms), num(maxMs), num(deliveriesPerSecond),
                num(requestsPerDelivery), num(bytesPerDelivery), str(heapBytesPerConnection),
                str(rssBytesPerConnection), str(serverThreadsIdle), str(serverThreadsBefore), str(publishFailures), num(loadAverage),
                num(serverCpuMicrosPerDelivery), num(benchCpuMicrosPerDelivery));
    }

    private static String str(long value) {
        return String.valueOf(value);
    }

    private static String num(double value) {
        return Double.isNaN(value) ? "" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
