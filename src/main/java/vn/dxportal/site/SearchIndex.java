package vn.dxportal.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import vn.dxportal.content.Slugs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
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
 * [entry, score, entry, score…], title matches first, then heading matches, then text, at most
 * {@link #MAX_POSTINGS}: beyond that a term is too common to rank by on its own and a query needs more words;</li>
 * <li>{@code t/<n>.json}: entries n·{@link #SHARD}… as [path, title, section, meta, text], for result titles and
 * snippets.</li>
 * </ul>
 * A query reads meta.json, one bucket per term and one text shard per result shown: a fixed handful of small
 * files however large the portal. The bucket count grows with the number of entries to keep buckets small.
 * <p>Scores: a term in the page title 10 (up to 20 for short titles), in the section heading 6, plus its count in
 * the text up to 5; so a page whose title matches ranks above pages that only mention the words. A query looks up
 * its syllable pairs; if no piece holds them all, its syllables; if still none, the pieces holding most of them.
 */
public final class SearchIndex {
    public static final int SHARD = 8;
    public static final int MAX_POSTINGS = 300;
    static final int TITLE = 10, HEADING = 6, TEXT_CAP = 5;

    private final int buckets;
    private final List<SearchEntry> entries;
    private final Map<String, int[]> postings;

    private SearchIndex(int buckets, List<SearchEntry> entries, Map<String, int[]> postings) {
        this.buckets = buckets;
        this.entries = entries;
        this.postings = postings;
    }

    /**
     * Buckets for a portal of this many entries: a power of two, at least 8, about one per 64 entries. A bucket of a
     * national portal is then a few kilobytes (a query reads one per term); with one per 4 entries the buckets were a
     * few hundred bytes each, and writing 32,768 tiny files cost the build more than their content.
     */
    public static int bucketsFor(int entries) {
        int b = 8;
        while (b < entries / 64 && b < (1 << 16)) b <<= 1;
        return b;
    }

    public static int shardsFor(int entries) { return Math.max(1, (entries + SHARD - 1) / SHARD); }

    public static SearchIndex build(List<SearchEntry> given) {
        List<SearchEntry> entries = ordered(given);
        Map<String, int[]> postings = postings(entries, id -> {});
        return new SearchIndex(bucketsFor(entries.size()), List.copyOf(entries), postings);
    }

    /** The files of an index: meta.json, the buckets by number and the text shards in order. */
    public record Files(byte[] meta, Map<Integer, byte[]> buckets, List<byte[]> shards) {}

    /**
     * The index's files, the way a build publishes them, taking {@code pieces} over: the list is emptied, and each
     * piece is let go as soon as its text shard is written, so the pieces' text (a national portal's is ~150 MB in
     * Java strings) and the growing postings are never all held at once.
     */
    public static Files files(List<SearchEntry> pieces) {
        List<SearchEntry> entries = ordered(pieces);
        pieces.clear();
        List<byte[]> shards = new ArrayList<>(shardsFor(entries.size()));
        Map<String, int[]> postings = postings(entries, id -> {
            if ((id + 1) % SHARD != 0 && id + 1 != entries.size()) return;
            int n = id / SHARD;
            shards.add(shard(entries, n));
            for (int i = n * SHARD; i <= id; i++) entries.set(i, null);
        });
        if (entries.isEmpty()) shards.add(shard(entries, 0));
        int buckets = bucketsFor(entries.size());
        return new Files(meta(buckets, entries.size()), allBuckets(postings, buckets), shards);
    }

    /** Pieces that carry a page's title come first, so among equals a page's lead wins over a deep section. */
    static List<SearchEntry> ordered(List<SearchEntry> given) {
        // A stable partition, as sorting by !first would give, in two passes rather than a sort.
        List<SearchEntry> entries = new ArrayList<>(given.size());
        for (SearchEntry e : given) if (e.first()) entries.add(e);
        for (SearchEntry e : given) if (!e.first()) entries.add(e);
        return entries;
    }

    /** Every term's postings, flat [entry, score, …]; {@code indexed} hears of each entry once its terms are in. */
    private static Map<String, int[]> postings(List<SearchEntry> entries, java.util.function.IntConsumer indexed) {
        // Postings are ordered by where the term occurs (title, heading, text) and then by entry. Not by exact score:
        // every term of a phrase then keeps the same entries when a list is cut at MAX_POSTINGS, so the lists of a
        // common phrase still meet. Lists are cut per tier at MAX_POSTINGS as they grow: entries arrive in order, so
        // the first MAX_POSTINGS of a tier are the ones that sort first.
        return SearchPostings.of(entries, indexed);
    }

    /** Per term of a piece: {weight from the title or heading, tier (2 title, 1 heading, 0 text), count in the text}. */
    static Map<String, int[]> seen(SearchEntry e) {
        List<String> textTerms = terms(e.text());
        Map<String, int[]> seen = new HashMap<>(textTerms.size() * 2 + 64);
        if (e.first()) {
            int weight = titleWeight(e.title());
            for (String t : terms(e.title())) {
                int[] a = seen.computeIfAbsent(t, k -> new int[3]);
                a[0] = Math.max(a[0], weight);
                a[1] = 2;
            }
        }
        if (e.section() != null) for (String t : terms(e.section())) {
            int[] a = seen.computeIfAbsent(t, k -> new int[3]);
            a[0] = Math.max(a[0], HEADING);
            if (a[1] == 0) a[1] = 1;
        }
        for (String t : textTerms) seen.computeIfAbsent(t, k -> new int[3])[2]++;
        return seen;
    }

    /** A term's posting in a piece, as gathered: ordered by tier (title first), then entry; the score in the low bits. */
    static long posting(int[] seen, long entry) {
        return posting(seen[0], seen[1], seen[2], entry);
    }

    /** {@link #posting(int[], long)} of a term seen with this weight, tier and count in the text. */
    static long posting(int weight, int tier, int count, long entry) {
        // Title and heading weights are upper bounds of their own; the text adds its capped count on top.
        int score = weight + Math.min(count, TEXT_CAP);
        int group = 3 - tier;
        return ((long) group << 40) | (entry << 8) | score;
    }

    /** A title's terms weigh more the shorter it is: "Huyện Lâm Thao" is more about Lâm Thao than a long headline naming it. */
    static int titleWeight(String title) {
        return TITLE + Math.min(TITLE, 20 / Math.max(1, tokens(title).size()));
    }

    /** Folded syllables of a text: "Lâm Thao, Phú Thọ" → [lam, thao, phu, tho]. */
    public static List<String> tokens(String text) {
        if (text == null) return List.of();
        String folded = Slugs.fold(text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean word = i < folded.length() && isWordChar(folded.charAt(i));
            if (word && start < 0) start = i;
            else if (!word && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** A character of a syllable in folded text; anything else separates syllables. */
    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
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

    public byte[] meta() { return meta(buckets, entries.size()); }

    private static byte[] meta(int buckets, int entries) {
        return json(g -> {
            g.writeStartObject();
            g.writeNumberField("v", 1);
            g.writeNumberField("buckets", buckets);
            g.writeNumberField("shard", SHARD);
            g.writeNumberField("entries", entries);
            g.writeEndObject();
        });
    }

    /** All bucket files at once: grouping terms once is far cheaper than scanning every term per bucket. */
    public Map<Integer, byte[]> allBuckets() { return allBuckets(postings, buckets); }

    private static Map<Integer, byte[]> allBuckets(Map<String, int[]> postings, int buckets) {
        Map<Integer, Map<String, int[]>> grouped = new TreeMap<>();
        for (int b = 0; b < buckets; b++) grouped.put(b, new TreeMap<>());
        postings.forEach((t, p) -> grouped.get(bucketOf(t, buckets)).put(t, p));
        Map<Integer, byte[]> out = new LinkedHashMap<>();
        grouped.forEach((b, in) -> out.put(b, bucket(in)));
        return out;
    }

    /** One bucket file: its terms, in order, with their flat postings. */
    static byte[] bucket(Map<String, int[]> terms) {
        return json(g -> {
            g.writeStartObject();
            for (Map.Entry<String, int[]> e : terms.entrySet()) {
                g.writeFieldName(e.getKey());
                g.writeArray(e.getValue(), 0, e.getValue().length);
            }
            g.writeEndObject();
        });
    }

    public byte[] shard(int n) { return shard(entries, n); }

    static byte[] shard(List<SearchEntry> entries, int n) {
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
     * How a query is answered, the way search.js does it: {@code terms} are the query's adjacent syllable pairs (its
     * one syllable if it has one), or every syllable when no piece holds all the pairs; {@code buckets} every bucket
     * read on the way; {@code pieces} the matching pieces, best first, as search.js reads them.
     */
    public record Lookup(List<String> terms, Set<Integer> buckets, List<Hit> pieces) {}

    public Lookup lookup(String q) {
        List<String> tokens = tokens(q);
        Set<Integer> read = new LinkedHashSet<>();
        if (tokens.isEmpty()) return new Lookup(List.of(), read, List.of());
        List<String> terms = queryTerms(tokens);
        List<Hit> hits = match(terms, read, true);
        if (hits.isEmpty() && tokens.size() > 1) {
            terms = tokens.stream().distinct().toList();
            hits = match(terms, read, true);
            // No piece is known to hold every word (lists of common words are cut): rank the pieces by how many words
            // they hold, so a query of common words still answers with the nearest pieces.
            if (hits.isEmpty()) hits = match(terms, read, false);
        }
        return new Lookup(terms, read, hits);
    }

    /** The results: each page once, with its best piece, best first. */
    public List<Hit> query(String q) {
        Map<String, Hit> best = new LinkedHashMap<>();
        for (Hit h : lookup(q).pieces()) best.putIfAbsent(h.piece().page(), h);
        return List.copyOf(best.values());
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

    /** Pieces in every list ({@code all}) or in any, then those in more lists first; then by score, then by entry. */
    private List<Hit> match(List<String> terms, Set<Integer> read, boolean all) {
        Map<Integer, int[]> found = new HashMap<>(); // entry → [lists holding it, total score]
        for (String t : terms) {
            read.add(bucketOf(t, buckets));
            int[] p = postings.get(t);
            if (p == null) {
                if (all) return List.of();
                continue;
            }
            for (int i = 0; i < p.length; i += 2) {
                int[] f = found.computeIfAbsent(p[i], k -> new int[2]);
                f[0]++;
                f[1] += p[i + 1];
            }
        }
        List<int[]> rows = new ArrayList<>();
        found.forEach((id, f) -> { if (!all || f[0] == terms.size()) rows.add(new int[]{id, f[0], f[1]}); });
        rows.sort(Comparator.<int[]>comparingInt(r -> -r[1]).thenComparingInt(r -> -r[2]).thenComparingInt(r -> r[0]));
        return rows.stream().map(r -> new Hit(r[0], r[2], entries.get(r[0]))).toList();
    }

    private interface Writer { void write(JsonGenerator g) throws IOException; }

    /** Thread-safe once configured; one factory for the tens of thousands of index files. */
    private static final JsonFactory JSON = new JsonFactory();

    private static byte[] json(Writer w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            w.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String utf8(byte[] b) { return new String(b, StandardCharsets.UTF_8); }
}
