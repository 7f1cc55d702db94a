package vn.dxportal.site;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The index files after some pieces' text changed in place (an edited narrative or post whose pieces are as many as
 * before and as many of them carry the title): every other piece keeps its number, so only the bucket files of the
 * terms the changed pieces held or hold, and the text shards of those pieces, change. Each such term's postings are
 * worked out again from its old list: a list shorter than {@link SearchIndex#MAX_POSTINGS} is the term's whole list;
 * a cut one holds the first postings in order, and every posting beyond it sorts after its last, so the new list is
 * known whenever at least as many postings remain at or before that last one. Otherwise (or when the pieces moved)
 * there is no answer and the caller builds the whole index, which gives the same files.
 */
final class SearchIndexUpdate {
    /** Beyond this many changed pieces, re-reading and re-writing their buckets costs more than a whole build. */
    private static final int MAX_CHANGED = 512;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, int[]>> BUCKET = new TypeReference<>() {};

    private SearchIndexUpdate() {}

    /** The files of {@code now}'s entries, from {@code before}'s entries and files; null when they cannot be worked out so. */
    static SearchIndex.Files update(List<SearchEntry> before, SearchIndex.Files files, List<SearchEntry> now) {
        List<SearchEntry> old = SearchIndex.ordered(before), updated = SearchIndex.ordered(now);
        if (old.size() != updated.size()) return null;
        List<Integer> changed = new ArrayList<>();
        for (int id = 0; id < old.size(); id++) {
            if (old.get(id).first() != updated.get(id).first()) return null; // pieces moved: numbers change
            if (old.get(id) != updated.get(id) && !old.get(id).equals(updated.get(id))) changed.add(id);
        }
        if (changed.isEmpty()) return files;
        if (changed.size() > MAX_CHANGED) return null; // most of the index changes: building it whole is quicker
        int buckets = files.buckets().size();
        // Each changed piece's postings before and after, by term.
        Map<String, List<long[]>> moves = new HashMap<>(); // term → [before or -1, after or -1] per changed piece
        for (int id : changed) {
            Map<String, int[]> was = SearchIndex.seen(old.get(id)), is = SearchIndex.seen(updated.get(id));
            Set<String> terms = new HashSet<>(was.keySet());
            terms.addAll(is.keySet());
            for (String t : terms) {
                long a = was.containsKey(t) ? SearchIndex.posting(was.get(t), id) : -1, b = is.containsKey(t) ? SearchIndex.posting(is.get(t), id) : -1;
                if (a != b) moves.computeIfAbsent(t, k -> new ArrayList<>()).add(new long[]{a, b});
            }
        }
        Map<Integer, TreeMap<String, int[]>> touched = new TreeMap<>();
        Map<Integer, Set<String>[]> heads = new HashMap<>();
        for (Map.Entry<String, List<long[]>> move : moves.entrySet()) {
            int b = SearchIndex.bucketOf(move.getKey(), buckets);
            TreeMap<String, int[]> terms = touched.computeIfAbsent(b, k -> read(files.buckets().get(k)));
            int[] flat = postings(move.getKey(), terms.get(move.getKey()), move.getValue(), old, heads);
            if (flat == null) return null;
            if (flat.length == 0) terms.remove(move.getKey());
            else terms.put(move.getKey(), flat);
        }
        Map<Integer, byte[]> newBuckets = new TreeMap<>(files.buckets());
        touched.forEach((b, terms) -> newBuckets.put(b, SearchIndex.bucket(terms)));
        List<byte[]> shards = new ArrayList<>(files.shards());
        for (int id : changed) shards.set(id / SearchIndex.SHARD, SearchIndex.shard(updated, id / SearchIndex.SHARD));
        return new SearchIndex.Files(files.meta(), newBuckets, shards);
    }

    /** A term's new flat postings from its old ones; null when a cut list would need postings it no longer holds. */
    private static int[] postings(String term, int[] flat, List<long[]> moves, List<SearchEntry> old, Map<Integer, Set<String>[]> heads) {
        int n = flat == null ? 0 : flat.length / 2;
        Set<Long> gone = new HashSet<>();
        List<Long> added = new ArrayList<>();
        for (long[] m : moves) {
            if (m[0] >= 0) gone.add(m[0]);
            if (m[1] >= 0) added.add(m[1]);
        }
        List<Long> kept = new ArrayList<>(n + added.size());
        long last = -1;
        for (int i = 0; i < n; i++) {
            long p = gathered(term, flat[2 * i], flat[2 * i + 1], old, heads);
            last = p;
            if (!gone.remove(p)) kept.add(p);
        }
        boolean whole = n < SearchIndex.MAX_POSTINGS;
        if (whole && !gone.isEmpty()) return null; // the whole list lacked a posting the piece had: not this index's list
        kept.addAll(added);
        long[] sorted = kept.stream().mapToLong(Long::longValue).sorted().toArray();
        if (!whole) {
            long cut = last;
            if (Arrays.stream(sorted).filter(p -> p <= cut).count() < SearchIndex.MAX_POSTINGS) return null;
        }
        int size = Math.min(SearchIndex.MAX_POSTINGS, sorted.length);
        int[] out = new int[size * 2];
        for (int i = 0; i < size; i++) {
            out[2 * i] = (int) ((sorted[i] >>> 8) & 0xffffffffL);
            out[2 * i + 1] = (int) (sorted[i] & 0xff);
        }
        return out;
    }

    /**
     * A posting as gathered (tier, entry, score) from its flat form (entry, score). The tier is where the term stands
     * in that entry — its title, its heading or only its text — as {@link SearchIndex#seen} finds it; the entry is the
     * old one (a changed entry's listed posting is its old one).
     */
    private static long gathered(String term, int entry, int score, List<SearchEntry> old, Map<Integer, Set<String>[]> heads) {
        Set<String>[] head = heads.computeIfAbsent(entry, k -> {
            SearchEntry e = old.get(k);
            @SuppressWarnings("unchecked")
            Set<String>[] h = new Set[]{e.first() ? Set.copyOf(SearchIndex.terms(e.title())) : Set.of(),
                    e.section() != null ? Set.copyOf(SearchIndex.terms(e.section())) : Set.of()};
            return h;
        });
        int tier = head[0].contains(term) ? 2 : head[1].contains(term) ? 1 : 0;
        return ((long) (3 - tier) << 40) | ((long) entry << 8) | score;
    }

    private static TreeMap<String, int[]> read(byte[] bucket) {
        try {
            return JSON.readValue(bucket, BUCKET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
