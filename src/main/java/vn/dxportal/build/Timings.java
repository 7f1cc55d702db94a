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
