package vn.dxportal.site;

import vn.dxportal.render.Markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cold build's search index, made once the pages with Markdown bodies (posts, period reports) are drawn, from the
 * sections their drawing found ({@link Markdown#keepSectionsOfDrawnBodies}): each body is parsed once, for its page,
 * instead of once more for search while the portal is planned. A body's entries are made as soon as its page tells
 * its sections, so the sections themselves are let go at once. The files are not planned pages: how many there are
 * depends on how many pieces the bodies split into. They are the very files the planned index would be
 * ({@link SearchPages#indexFiles}): the same entries in the same order, the same layout.
 */
public final class SearchIndexLater implements Markdown.SectionSink {
    /** A page with a Markdown body, as its entries name it. */
    private record Body(String page, String title, String meta, String lead) {}

    private final PlanContext plan;
    /** The output paths of the pages whose Markdown bodies the index reads. */
    private final Set<String> bodyPages;
    /** The bodies whose sections are still awaited, by their Markdown (two pages may show the same text). */
    private final Map<String, List<Body>> awaited = new ConcurrentHashMap<>();
    /** The entries of each page whose body has been drawn, by page. */
    private final Map<String, List<SearchEntry>> made = new ConcurrentHashMap<>();
    private final AtomicInteger parsedHere = new AtomicInteger();

    SearchIndexLater(PlanContext plan) {
        this.plan = plan;
        Set<String> pages = ConcurrentHashMap.newKeySet();
        // The entries without their bodies' pieces: cheap, and they name every body in the very way the index will.
        SearchPages.entries(plan, (out, page, title, meta, lead, markdown) -> {
            pages.add(page);
            if (markdown != null && !markdown.isBlank()) {
                awaited.computeIfAbsent(markdown, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(new Body(page, title, meta, lead));
            }
        });
        this.bodyPages = Set.copyOf(pages);
    }

    /**
     * How many of {@code pages} (the plan, in its order) are to be drawn before the index is made: up to the last
     * page with a body the index reads. The plan lists posts and reports early (home, units, indicators, news), so the
     * index is made while the rest of the portal is drawn.
     */
    public int drawFirst(List<Page> pages) {
        for (int i = pages.size() - 1; i >= 0; i--) if (bodyPages.contains(pages.get(i).path())) return i + 1;
        return 0;
    }

    @Override
    public boolean wants(String markdown) {
        return awaited.containsKey(markdown);
    }

    @Override
    public void take(String markdown, List<Markdown.Section> sections) {
        List<Body> bodies = awaited.remove(markdown);
        if (bodies == null) return; // another thread drew the same text a moment ago
        for (Body b : bodies) {
            List<SearchEntry> entries = new ArrayList<>();
            SearchPages.pieces(entries, b.page(), b.title(), b.meta(), b.lead(), sections);
            made.put(b.page(), entries);
        }
    }

    /**
     * The index's files by output path, in the order a plan lists them. A body no page drew (a portal's own template
     * that does not show it) is parsed here.
     */
    public Map<String, byte[]> files() {
        List<SearchEntry> entries = SearchPages.entries(plan, (out, page, title, meta, lead, markdown) -> {
            List<SearchEntry> drawn = made.remove(page);
            if (drawn != null) {
                out.addAll(drawn);
                return;
            }
            if (markdown != null && !markdown.isBlank()) parsedHere.incrementAndGet();
            SearchPages.pieces(out, page, title, meta, lead, Markdown.sections(markdown));
        });
        int count = entries.size();
        SearchIndex.Files index = SearchIndex.files(entries);
        Map<String, byte[]> files = new LinkedHashMap<>();
        SearchPages.layout(SearchIndex.bucketsFor(count), SearchIndex.shardsFor(count), () -> index).forEach((path, bytes) -> files.put(path, bytes.get()));
        return files;
    }

    /** How many bodies {@link #files} parsed itself, not having heard of them from their pages: none when every page showed its body. */
    public int bodiesParsedForSearch() { return parsedHere.get(); }
}
