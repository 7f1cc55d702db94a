package vn.dxportal.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import vn.dxportal.content.Slugs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A full-text index that a static host can serve and a browser can query a few kilobytes at a time.
 * <p>Text is folded (diacritics removed, đ→d, lower case), so "lam thao" finds "Lâm Thao". Terms are single
 * syllables and pairs of adjacent syllables: Vietnamese meaning lives in syllable pairs ("chuyển đổi", "đổi số"),
 * and a pair is far rarer than either syllable, so a query of two or more syllables reads short lists.
 * <p>Files, all under {@code tim-kiem/}:
 * <ul>
 * <li>{@code meta.json}: the number of buckets and of entries per text shard;</li>
 * <li>{@code i/<b>.json}: the terms whose FNV-1a hash falls in bucket b, each with its postings as a flat list
 * [entry, score, entry, score…], best first, at most {@link #MAX_POSTINGS}: beyond that a term is too common to
 * rank by on its own and a query needs more words;</li>
 * <li>{@code t/<n>.json}: entries n·{@link #SHARD}… as [path, title, section, meta, text], for result titles and
 * snippets.</li>
 * </ul>
 * A query reads meta.json, one bucket per term and one text shard per result shown: a fixed handful of small
 * files however large the portal. The bucket count grows with the number of entries to keep buckets small.
 * <p>Scores: a term in the page title 10 (up to 20 for short titles), in the section heading 3, plus its count in
 * the text up to 5; so a page whose title matches ranks above pages that only mention the words.
 */
public final class SearchIndex {
    public static final int SHARD = 8;
    public static final int MAX_POSTINGS = 300;
    static final int TITLE = 10, HEADING = 3, TEXT_CAP = 5;

    private final int buckets;
    private final List<SearchEntry> entries;
    private final Map<String, int[]> postings;

    private SearchIndex(int buckets, List<SearchEntry> entries, Map<String, int[]> postings) {
        this.buckets = buckets;
        this.entries = entries;
        this.postings = postings;
    }

    /** Buckets for a portal of this many entries: about 4 entries per bucket, a power of two, at least 8. */
    public static int bucketsFor(int entries) {
        int b = 8;
        while (b < entries / 4 && b < (1 << 16)) b <<= 1;
        return b;
    }

    public static int shardsFor(int entries) { return Math.max(1, (entries + SHARD - 1) / SHARD); }

    public static SearchIndex build(List<SearchEntry> entries) {
        Map<String, List<int[]>> lists = new HashMap<>();
        for (int id = 0; id < entries.size(); id++) {
            SearchEntry e = entries.get(id);
            Map<String, Integer> score = new HashMap<>();
            if (e.first()) {
                // Short titles weigh more: "Huyện Lâm Thao" is more about Lâm Thao than a long headline naming it.
                int weight = TITLE + Math.min(TITLE, 20 / Math.max(1, tokens(e.title()).size()));
                for (String t : terms(e.title())) score.merge(t, weight, Math::max);
            }
            if (e.section() != null) for (String t : terms(e.section())) score.merge(t, HEADING, (a, b) -> Math.max(a, b));
            Map<String, Integer> tf = new HashMap<>();
            for (String t : terms(e.text())) tf.merge(t, 1, Integer::sum);
            // Title and heading weights are upper bounds of their own; the text adds its capped count on top.
            tf.forEach((t, n) -> score.merge(t, Math.min(n, TEXT_CAP), Integer::sum));
            final int entry = id;
            score.forEach((t, s) -> lists.computeIfAbsent(t, k -> new ArrayList<>()).add(new int[]{entry, s}));
        }
        Map<String, int[]> postings = new HashMap<>();
        lists.forEach((term, list) -> {
            list.sort(Comparator.<int[]>comparingInt(p -> -p[1]).thenComparingInt(p -> p[0]));
            int n = Math.min(MAX_POSTINGS, list.size());
            int[] flat = new int[n * 2];
            for (int i = 0; i < n; i++) {
                flat[2 * i] = list.get(i)[0];
                flat[2 * i + 1] = list.get(i)[1];
            }
            postings.put(term, flat);
        });
        return new SearchIndex(bucketsFor(entries.size()), List.copyOf(entries), postings);
    }

    /** Folded syllables of a text: "Lâm Thao, Phú Thọ" → [lam, thao, phu, tho]. */
    public static List<String> tokens(String text) {
        if (text == null) return List.of();
        return Arrays.stream(Slugs.fold(text).split("[^a-z0-9]+")).filter(s -> !s.isEmpty()).toList();
    }

    /** Every syllable and every pair of adjacent syllables ("lam thao"). */
    static List<String> terms(String text) {
        List<String> tokens = tokens(text);
        List<String> out = new ArrayList<>(tokens.size() * 2);
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.get(i));
            if (i + 1 < tokens.size()) out.add(tokens.get(i) + " " + tokens.get(i + 1));
        }
        return out;
    }

    /** FNV-1a, 32 bits, over the term's (ASCII) characters; search.js computes the same. */
    public static int bucketOf(String term, int buckets) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x01000193;
        }
        return Integer.remainderUnsigned(h, buckets);
    }

    public int buckets() { return buckets; }

    public int shards() { return shardsFor(entries.size()); }

    public List<SearchEntry> entries() { return entries; }

    public byte[] meta() {
        return json(g -> {
            g.writeStartObject();
            g.writeNumberField("v", 1);
            g.writeNumberField("buckets", buckets);
            g.writeNumberField("shard", SHARD);
            g.writeNumberField("entries", entries.size());
            g.writeEndObject();
        });
    }

    public byte[] bucket(int b) {
        Map<String, int[]> in = new TreeMap<>();
        postings.forEach((t, p) -> { if (bucketOf(t, buckets) == b) in.put(t, p); });
        return json(g -> {
            g.writeStartObject();
            for (Map.Entry<String, int[]> e : in.entrySet()) {
                g.writeFieldName(e.getKey());
                g.writeArray(e.getValue(), 0, e.getValue().length);
            }
            g.writeEndObject();
        });
    }

    /** All buckets at once: grouping terms once is far cheaper than scanning every term per bucket. */
    public Map<Integer, byte[]> allBuckets() {
        Map<Integer, Map<String, int[]>> grouped = new TreeMap<>();
        for (int b = 0; b < buckets; b++) grouped.put(b, new TreeMap<>());
        postings.forEach((t, p) -> grouped.get(bucketOf(t, buckets)).put(t, p));
        Map<Integer, byte[]> out = new LinkedHashMap<>();
        grouped.forEach((b, in) -> out.put(b, json(g -> {
            g.writeStartObject();
            for (Map.Entry<String, int[]> e : in.entrySet()) {
                g.writeFieldName(e.getKey());
                g.writeArray(e.getValue(), 0, e.getValue().length);
            }
            g.writeEndObject();
        })));
        return out;
    }

    public byte[] shard(int n) {
        return json(g -> {
            g.writeStartArray();
            for (int i = n * SHARD; i < Math.min(entries.size(), (n + 1) * SHARD); i++) {
                SearchEntry e = entries.get(i);
                g.writeStartArray();
                g.writeString(e.path());
                g.writeString(e.title());
                g.writeString(e.section() == null ? "" : e.section());
                g.writeString(e.meta() == null ? "" : e.meta());
                g.writeString(e.text());
                g.writeEndArray();
            }
            g.writeEndArray();
        });
    }

    /** A result: the page's best piece and its score. */
    public record Hit(int entry, int score, SearchEntry piece) {}

    /**
     * What search.js answers, computed the same way (used by tests and to measure bytes per query): terms are the
     * query's syllable pairs (its one syllable if it has one); a piece must hold every term; if none does, every
     * syllable instead; each page once, best score first.
     */
    public List<Hit> query(String q) {
        List<String> tokens = tokens(q);
        if (tokens.isEmpty()) return List.of();
        List<Hit> hits = match(queryTerms(tokens));
        if (hits.isEmpty() && tokens.size() > 1) hits = match(tokens.stream().distinct().toList());
        return hits;
    }

    /** The terms a query looks up first: its adjacent pairs, or its single syllable. */
    public static List<String> queryTerms(List<String> tokens) {
        if (tokens.size() == 1) return tokens;
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String p = tokens.get(i) + " " + tokens.get(i + 1);
            if (!pairs.contains(p)) pairs.add(p);
        }
        return pairs;
    }

    private List<Hit> match(List<String> terms) {
        Map<Integer, Integer> total = null;
        for (String t : terms) {
            int[] p = postings.get(t);
            if (p == null) return List.of();
            Map<Integer, Integer> next = new HashMap<>();
            for (int i = 0; i < p.length; i += 2) {
                if (total == null) next.put(p[i], p[i + 1]);
                else if (total.containsKey(p[i])) next.put(p[i], total.get(p[i]) + p[i + 1]);
            }
            total = next;
        }
        Map<String, Hit> best = new HashMap<>();
        total.forEach((id, s) -> {
            SearchEntry e = entries.get(id);
            Hit h = new Hit(id, s, e);
            best.merge(e.page(), h, (a, b) -> a.score() > b.score() || (a.score() == b.score() && a.entry() < b.entry()) ? a : b);
        });
        return best.values().stream().sorted(Comparator.comparingInt((Hit h) -> -h.score()).thenComparingInt(Hit::entry)).toList();
    }

    private interface Writer { void write(JsonGenerator g) throws IOException; }

    private static byte[] json(Writer w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            w.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String utf8(byte[] b) { return new String(b, StandardCharsets.UTF_8); }
}
