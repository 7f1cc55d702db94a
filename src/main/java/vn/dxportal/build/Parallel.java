package vn.dxportal.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Work over a list on every core, each thread taking the next item as soon as it is done with its last. A parallel
 * stream cuts a list into a few large runs up front (with two cores: four runs of 15,000 pages at national scale),
 * and pages are far from equal — a unit page costs ten document pages — so one core was left rendering the last
 * run alone for the final quarter of a build. Taken one by one, the cores finish within a page of each other.
 */
final class Parallel {
    private Parallel() {}

    /**
     * Runs {@code work} on every item, on the calling thread and the common pool's threads. The first exception
     * thrown stops the others from taking more items and is thrown here, as it was thrown.
     */
    static <T> void forEach(List<T> items, Consumer<? super T> work) {
        int threads = Math.max(1, Math.min(items.size(), ForkJoinPool.getCommonPoolParallelism() + 1));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Runnable loop = () -> {
            try {
                for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) work.accept(items.get(i));
            } catch (RuntimeException e) {
                failed.compareAndSet(null, e);
                next.set(items.size());
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) helpers.add(ForkJoinPool.commonPool().submit(loop));
        loop.run();
        helpers.forEach(ForkJoinTask::join);
        if (failed.get() != null) throw failed.get();
    }
}
