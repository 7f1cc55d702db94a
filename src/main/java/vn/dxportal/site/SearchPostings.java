package vn.dxportal.site;

import vn.dxportal.content.Slugs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Gathers every term's postings for a whole index, as {@link SearchIndex#seen} and {@link SearchIndex#posting} define
 * them, piece after piece. A national portal's pieces hold tens of millions of term occurrences: each syllable is
 * numbered once ({@link Syllables}), a term is a number (a syllable) or a pair of numbers packed in a long, and both
 * the piece's terms and the portal's are tables of primitives ({@link LongIndex}). A term becomes a string once, when
 * its finished list is handed out, rather than at every occurrence.
 */
final class SearchPostings {
    private static final int TITLE_TIER = 2, HEADING_TIER = 1;

    private final Syllables syllables = new Syllables();
    /** This piece's terms, and per term (by its number in {@code piece}): {weight, tier, count} as {@link SearchIndex#seen}. */
    private final LongIndex piece = new LongIndex(1024);
    private int[] weight = new int[1024], tier = new int[1024], count = new int[1024];
    /** The portal's terms, and each one's lists by its number. */
    private final LongIndex terms;
    private final List<TermLists> lists;

    private SearchPostings(int entries) {
        // Sized for a national portal's ~10 distinct new terms per piece, so the table is not rebuilt over and over.
        terms = new LongIndex(Math.max(16, entries * 10));
        lists = new ArrayList<>(Math.max(16, entries * 10));
    }

    /** Every term's postings, flat [entry, score, …]; {@code indexed} hears of each entry once its terms are in. */
    static Map<String, int[]> of(List<SearchEntry> entries, IntConsumer indexed) {
        SearchPostings gathering = new SearchPostings(entries.size());
        for (int id = 0; id < entries.size(); id++) {
            gathering.add(entries.get(id), id);
            indexed.accept(id);
        }
        return gathering.flat();
    }

    private void add(SearchEntry e, long entry) {
        piece.clear();
        if (e.first()) visit(e.title(), TITLE_TIER, SearchIndex.titleWeight(e.title()));
        if (e.section() != null) visit(e.section(), HEADING_TIER, SearchIndex.HEADING);
        visit(e.text(), 0, 0);
        for (int k = 0; k < piece.size(); k++) {
            int number = terms.add(piece.key(k));
            if (number == lists.size()) lists.add(new TermLists());
            lists.get(number).add(3 - tier[k], SearchIndex.posting(weight[k], tier[k], count[k], entry));
        }
    }

    /** Each term of {@code text} (its syllables and adjacent pairs, as {@link SearchIndex#terms} finds them, without a string per word) seen in {@code where}. */
    private void visit(String text, int where, int w) {
        if (text == null) return;
        String folded = Slugs.fold(text);
        int start = -1, previous = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean word = i < folded.length() && SearchIndex.isWordChar(folded.charAt(i));
            if (word && start < 0) start = i;
            else if (!word && start >= 0) {
                int syllable = syllables.number(folded, start, i);
                if (previous >= 0) see(((long) (previous + 1) << 32) | syllable, where, w);
                see(syllable, where, w);
                previous = syllable;
                start = -1;
            }
        }
    }

    private void see(long term, int where, int w) {
        int known = piece.size();
        int k = piece.add(term);
        if (k == known) { // first seen in this piece
            if (k == weight.length) {
                weight = Arrays.copyOf(weight, k * 2);
                tier = Arrays.copyOf(tier, k * 2);
                count = Arrays.copyOf(count, k * 2);
            }
            weight[k] = tier[k] = count[k] = 0;
        }
        if (where == TITLE_TIER) {
            weight[k] = Math.max(weight[k], w);
            tier[k] = TITLE_TIER;
        } else if (where == HEADING_TIER) {
            weight[k] = Math.max(weight[k], w);
            if (tier[k] == 0) tier[k] = HEADING_TIER;
        } else {
            count[k]++;
        }
    }

    /** The lists, each sorted, cut at {@link SearchIndex#MAX_POSTINGS} and flattened, by term. */
    private Map<String, int[]> flat() {
        Map<String, int[]> postings = new HashMap<>(terms.size() * 4 / 3 + 1);
        for (int number = 0; number < terms.size(); number++) {
            long[] sorted = lists.get(number).sorted();
            lists.set(number, null); // a term's gathered list goes as its flat one comes
            int n = Math.min(SearchIndex.MAX_POSTINGS, sorted.length);
            int[] flat = new int[n * 2];
            for (int i = 0; i < n; i++) {
                flat[2 * i] = (int) ((sorted[i] >>> 8) & 0xffffffffL);
                flat[2 * i + 1] = (int) (sorted[i] & 0xff);
            }
            postings.put(term(terms.key(number)), flat);
        }
        return postings;
    }

    /** A term as the index writes it: the syllable, or the pair with a space ("lam thao"). */
    private String term(long key) {
        int first = (int) (key >>> 32);
        int last = (int) key;
        return first == 0 ? syllables.text(last) : syllables.text(first - 1) + " " + syllables.text(last);
    }

    /**
     * One term's postings, every tier in one array (ordered when sorted: the tier is in the high bits), each tier cut
     * at MAX_POSTINGS. One small array per term: most terms of a national portal (syllable pairs) occur once.
     */
    private static final class TermLists {
        private long[] items = new long[2];
        private int size;
        /** How many postings each tier has kept, ten bits per tier (groups 1–3; MAX_POSTINGS < 1024): no array to reach. */
        private int perTier;

        void add(int group, long posting) {
            int shift = (group - 1) * 10;
            if (((perTier >>> shift) & 0x3ff) == SearchIndex.MAX_POSTINGS) return;
            perTier += 1 << shift;
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = posting;
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(items, size);
            Arrays.sort(out);
            return out;
        }
    }

    /** Syllables numbered in the order first met, looked up straight from the folded text (no substring per word). */
    private static final class Syllables {
        private String[] table = new String[1 << 14];
        private int[] numbers = new int[1 << 14];
        private final List<String> texts = new ArrayList<>();

        int number(String s, int start, int end) {
            int length = end - start;
            int h = 0;
            for (int i = start; i < end; i++) h = 31 * h + s.charAt(i);
            int mask = table.length - 1;
            int slot = spread(h) & mask;
            for (String t = table[slot]; t != null; t = table[slot]) {
                if (t.length() == length && t.regionMatches(0, s, start, length)) return numbers[slot];
                slot = (slot + 1) & mask;
            }
            String text = s.substring(start, end);
            table[slot] = text;
            numbers[slot] = texts.size();
            texts.add(text);
            if (texts.size() * 2 > table.length) grow();
            return texts.size() - 1;
        }

        String text(int number) { return texts.get(number); }

        private static int spread(int h) { return h ^ (h >>> 16) ^ (h >>> 7); }

        private void grow() {
            table = new String[table.length * 2];
            numbers = new int[table.length];
            int mask = table.length - 1;
            for (int n = 0; n < texts.size(); n++) {
                int slot = spread(texts.get(n).hashCode()) & mask;
                while (table[slot] != null) slot = (slot + 1) & mask;
                table[slot] = texts.get(n);
                numbers[slot] = n;
            }
        }
    }
}
