package vn.dxportal.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.TestContent;
import vn.dxportal.build.Pipeline;
import vn.dxportal.generate.Generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@link SearchPostings} gathers postings with tables of primitives; what it must give is defined by
 * {@link SearchIndex#seen} and {@link SearchIndex#posting}, piece by piece. Here the generated province portal's
 * pieces (thousands, so common terms are cut at {@link SearchIndex#MAX_POSTINGS}) are indexed both ways and every
 * bucket file must be the same.
 */
class SearchPostingsTest {
    @TempDir Path dir;

    @Test
    void theIndexsBucketsAreWhatEachPiecesSeenTermsMake() throws Exception {
        Path content = dir.resolve("content");
        Generator.preset("province", Generator.defaultSeed(), content);
        Pipeline.Planned p = Pipeline.plan(new Pipeline.Options(content, TestContent.defaultTheme(), null, null, null));
        PlanContext ctx = new PlanContext(p.derived(), List.of(), new PlanContext.Options(null, null, LocalDate.of(2030, 1, 1), false, false));
        List<SearchEntry> entries = SearchPages.entries(ctx);
        assertTrue(entries.size() > 1500, "enough pieces for common terms to be cut: " + entries.size());

        SearchIndex index = SearchIndex.build(entries);
        Map<Integer, byte[]> expected = reference(SearchIndex.ordered(entries), index.buckets());
        Map<Integer, byte[]> actual = index.allBuckets();
        assertEquals(expected.keySet(), actual.keySet());
        boolean cut = false;
        for (int b : expected.keySet()) {
            assertEquals(SearchIndex.utf8(expected.get(b)), SearchIndex.utf8(actual.get(b)), "bucket " + b);
            cut |= SearchIndex.utf8(actual.get(b)).split(",").length > 2 * SearchIndex.MAX_POSTINGS;
        }
        assertTrue(cut, "some bucket holds a list cut at MAX_POSTINGS");
    }

    /** The bucket files, the plain way: each piece's seen terms, every tier of a term cut at MAX_POSTINGS in entry order. */
    private static Map<Integer, byte[]> reference(List<SearchEntry> entries, int buckets) {
        Map<String, List<Long>> gathered = new HashMap<>();
        Map<String, int[]> perTier = new HashMap<>();
        for (int id = 0; id < entries.size(); id++) {
            long entry = id;
            SearchIndex.seen(entries.get(id)).forEach((term, seen) -> {
                int[] tiers = perTier.computeIfAbsent(term, t -> new int[4]);
                if (tiers[3 - seen[1]]++ < SearchIndex.MAX_POSTINGS) {
                    gathered.computeIfAbsent(term, t -> new ArrayList<>()).add(SearchIndex.posting(seen, entry));
                }
            });
        }
        Map<Integer, Map<String, int[]>> byBucket = new TreeMap<>();
        for (int b = 0; b < buckets; b++) byBucket.put(b, new TreeMap<>());
        gathered.forEach((term, postings) -> {
            List<Long> sorted = postings.stream().sorted().limit(SearchIndex.MAX_POSTINGS).toList();
            int[] flat = new int[sorted.size() * 2];
            for (int i = 0; i < sorted.size(); i++) {
                flat[2 * i] = (int) ((sorted.get(i) >>> 8) & 0xffffffffL);
                flat[2 * i + 1] = (int) (sorted.get(i) & 0xff);
            }
            byBucket.get(SearchIndex.bucketOf(term, buckets)).put(term, flat);
        });
        Map<Integer, byte[]> files = new TreeMap<>();
        byBucket.forEach((b, terms) -> files.put(b, SearchIndex.bucket(terms)));
        return files;
    }
}
