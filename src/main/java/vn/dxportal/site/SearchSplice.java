package vn.dxportal.site;

import vn.dxportal.render.Markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The search index seen from the live preview: what a plan indexed, and the index after one page's Markdown body
 * was edited, made the way {@link SearchPages} makes it, without planning the portal again.
 */
public final class SearchSplice {
    private SearchSplice() {}

    /**
     * Makes every plan's index files from its entries with {@code indexer} from now on (null: as {@link SearchPages}
     * does). One at a time, like {@link Markdown#memo}: only the live preview's engine sets it, around its own plans,
     * to keep what it indexed and to hand back the files it already has when the entries are the same.
     */
    public static void indexWith(Function<List<SearchEntry>, Map<String, Supplier<byte[]>>> indexer) {
        SearchPages.indexer = indexer;
    }

    /**
     * A search index as the live preview keeps it: the entries (in plan order), their files, and the files by output
     * path as {@link SearchPages} plans them.
     */
    public record Index(List<SearchEntry> entries, Supplier<SearchIndex.Files> files, Map<String, Supplier<byte[]>> layout) {}

    /**
     * The index of these entries, made on a thread of its own from now on. The entries are left as they are (the
     * index takes a copy over and lets its pieces go as it writes them), so the caller can keep them.
     */
    public static Index index(List<SearchEntry> entries) {
        Supplier<SearchIndex.Files> files = SearchPages.building(new ArrayList<>(entries));
        return new Index(entries, files, SearchPages.layout(SearchIndex.bucketsFor(entries.size()), SearchIndex.shardsFor(entries.size()), files));
    }

    /**
     * The index of {@code entries}, worked out from {@code last} when only some pieces' text changed in place (see
     * {@link SearchIndexUpdate}), else made whole. A file whose bytes did not change keeps {@code last}'s supplier,
     * so whoever compares makers sees it unchanged and nothing makes or hashes it again.
     */
    public static Index update(Index last, List<SearchEntry> entries) {
        if (last.entries().equals(entries)) return last;
        SearchIndex.Files before = last.files().get();
        SearchIndex.Files after = SearchIndexUpdate.update(last.entries(), before, entries);
        if (after == null) return index(entries);
        Supplier<SearchIndex.Files> files = () -> after;
        Map<String, Supplier<byte[]>> layout = SearchPages.layout(after.buckets().size(), after.shards().size(), files);
        for (Map.Entry<String, Supplier<byte[]>> f : layout.entrySet()) {
            Supplier<byte[]> kept = last.layout().get(f.getKey());
            if (kept != null && kept.get() == f.getValue().get()) f.setValue(kept); // the very same bytes
        }
        return new Index(entries, files, layout);
    }

    /**
     * The entries with {@code page}'s pieces made again from another Markdown body; null when that cannot be proven
     * to be what a plan would make: the page's pieces must be one run, and making them again from the old body
     * (with the same title, meta and {@code lead} text) must give them exactly, so that only the body can differ.
     */
    public static List<SearchEntry> replaceBody(List<SearchEntry> entries, String page, String lead, String oldBody, String newBody) {
        int from = -1, to = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).path().startsWith(page) || !entries.get(i).page().equals(page)) continue;
            if (from < 0) from = i;
            else if (to != i) return null; // not one run
            to = i + 1;
        }
        if (from < 0) return null;
        SearchEntry head = entries.get(from);
        List<SearchEntry> before = new ArrayList<>();
        SearchPages.pieces(before, page, head.title(), head.meta(), lead, Markdown.sections(oldBody));
        if (!before.equals(entries.subList(from, to))) return null;
        List<SearchEntry> after = new ArrayList<>(entries.size() + 8);
        after.addAll(entries.subList(0, from));
        SearchPages.pieces(after, page, head.title(), head.meta(), lead, Markdown.sections(newBody));
        after.addAll(entries.subList(to, entries.size()));
        return after;
    }
}
