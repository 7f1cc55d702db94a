package vn.dxportal.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wall time per pipeline stage (load, validate, derive, rules, plan, render+write), for {@code build --timings}: it
 * shows where a build's time goes. Recording costs two clock reads per stage, so builds always record.
 */
public final class Timings {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    /**
     * Per template (or kind of data file): pages, rendering time, and writing time, summed over threads; in a build,
     * "writing" is handing the file to the writer thread, which takes time only when the disk has fallen behind.
     */
    private final Map<String, long[]> details = new java.util.TreeMap<>();
    private final long start = System.nanoTime();

    public <T> T time(String stage, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - t0);
        }
    }

    public synchronized void add(String stage, long elapsedNanos) {
        nanos.merge(stage, elapsedNanos, Long::sum);
    }

    public synchronized void addDetail(String what, long renderNanos, long writeNanos) {
        long[] d = details.computeIfAbsent(what, k -> new long[3]);
        d[0]++;
        d[1] += renderNanos;
        d[2] += writeNanos;
    }

    /** The templates (and data files) that took longest to render, summed over threads, with their write time. */
    public synchronized List<String> detailLines(int limit) {
        List<String> out = new ArrayList<>();
        details.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1] + b.getValue()[2], a.getValue()[1] + a.getValue()[2])).limit(limit)
                .forEach(e -> out.add(String.format("    %-32s %6d trang  dựng %7d ms  ghi %6d ms", e.getKey(), e.getValue()[0],
                        e.getValue()[1] / 1_000_000, e.getValue()[2] / 1_000_000)));
        return out;
    }

    public synchronized Map<String, Long> millis() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v / 1_000_000));
        return out;
    }

    /** One line per stage, then the total since this object was made, e.g. "  render+write  1234 ms". */
    public synchronized List<String> lines(int pages) {
        List<String> out = new ArrayList<>();
        nanos.forEach((k, v) -> out.add(String.format("  %-13s %7d ms", k, v / 1_000_000)));
        long total = System.nanoTime() - start;
        out.add(String.format("  %-13s %7d ms", "tổng", total / 1_000_000));
        if (pages > 0) out.add(String.format("  %-13s %7.2f ms/trang (%d trang)", "mỗi trang", total / 1e6 / pages, pages));
        return out;
    }
}
