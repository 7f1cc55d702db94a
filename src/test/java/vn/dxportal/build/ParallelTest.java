package vn.dxportal.build;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class ParallelTest {

    @Test
    void everyItemIsWorkedOnceWhateverItCosts() {
        List<Integer> items = IntStream.range(0, 2_000).boxed().toList();
        ConcurrentHashMap<Integer, Integer> seen = new ConcurrentHashMap<>();
        Parallel.forEach(items, i -> {
            if (i % 97 == 0) busy(); // a few costly items, as unit pages are among document pages
            seen.merge(i, 1, Integer::sum);
        });
        assertEquals(items.size(), seen.size());
        assertTrue(seen.values().stream().allMatch(n -> n == 1), "each item once");
        Parallel.forEach(List.of(), i -> fail("no items: no work"));
    }

    @Test
    void theFirstFailureIsThrownAsItWasAndStopsTheRest() {
        AtomicInteger worked = new AtomicInteger();
        UncheckedIOException disk = new UncheckedIOException(new IOException("đĩa đầy"));
        UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () -> Parallel.forEach(IntStream.range(0, 100_000).boxed().toList(), i -> {
            if (i == 10) throw disk;
            worked.incrementAndGet();
        }));
        assertSame(disk, thrown, "the very exception: callers read its cause's message");
        assertTrue(worked.get() < 100_000 - 1, "items after the failure are not all worked: " + worked.get());
    }

    private static void busy() {
        long until = System.nanoTime() + 200_000;
        while (System.nanoTime() < until) Thread.onSpinWait();
    }
}
