package vn.dxportal.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The text site map ("Sơ đồ cổng"): the portal's structure in one language, as a tree of its HTML pages by URL
 * folder (a unit's periods under the unit, the units under the unit list). Every page that has pages below it is
 * shown; of the pages with none below them (a post, a document, a list's page 2) a folder shows its first
 * {@link #LEAVES_SHOWN} and counts the rest, which its own page lists. A national portal has some 45,000 pages: all
 * of them made a 6 MB page no phone could use, and this one shows the structure in a few hundred kilobytes.
 * Built when the page is rendered, after every page family has planned, so a family added later appears without
 * touching this class.
 */
public final class SiteMap {

    /** Pages with no pages below them shown under one page; the others are counted in {@link Node#more}. */
    static final int LEAVES_SHOWN = 10;

    /** One page with the pages in the folders below it that are shown, and how many more there are. */
    public record Node(String title, String path, List<Node> children, int more) {}

    /** A node while the tree is built: every page below it, shown or not. */
    private record Draft(String title, String path, List<Draft> children) {}

    /**
     * The pages site maps show, as path and title, in plan order, for every language: found in one pass over the
     * plan the first time any language's is asked for. One per plan, shared by its site maps.
     */
    static final class Shown {
        /** The plan's pages, until they are listed: a site map kept into later plans must not hold on to this one's pages. */
        private Supplier<List<Page>> pages;
        private Map<Object, List<String>> byLang;

        Shown(Supplier<List<Page>> pages) {
            this.pages = pages;
        }

        synchronized List<String> of(String lang) {
            if (byLang == null) {
                byLang = new HashMap<>();
                for (Page p : pages.get()) {
                    if (!Outline.listed(p) || !p.path().endsWith("index.html")) continue;
                    List<String> list = byLang.computeIfAbsent(Outline.lang(p), k -> new ArrayList<>());
                    list.add(p.path());
                    list.add(p.title());
                }
                pages = null;
            }
            return byLang.getOrDefault(lang, List.of());
        }
    }

    private final Shown shown;
    private final String lang;
    private List<Node> roots;

    SiteMap(Supplier<List<Page>> pages, String lang) {
        this(new Shown(pages), lang);
    }

    SiteMap(Shown shown, String lang) {
        this.shown = shown;
        this.lang = lang;
    }

    public synchronized List<Node> roots() {
        if (roots == null) roots = build();
        return roots;
    }

    /**
     * The pages it shows, in plan order, as path and title: all a site map is made from. Two site maps of the same
     * pages are equal (a live preview's edit of a figure changes no page's title or path, and then does not draw the
     * 45,000 pages' map again).
     */
    private List<String> shownPages() {
        return shown.of(lang);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SiteMap other && lang.equals(other.lang) && shownPages().equals(other.shownPages());
    }

    @Override
    public int hashCode() {
        return shownPages().hashCode();
    }

    private List<Node> build() {
        Map<String, Draft> byPath = new LinkedHashMap<>();
        List<String> shown = shownPages();
        for (int i = 0; i < shown.size(); i += 2) {
            byPath.putIfAbsent(shown.get(i), new Draft(shown.get(i + 1), shown.get(i), new ArrayList<>()));
        }
        List<Draft> roots = new ArrayList<>();
        for (Draft n : byPath.values()) {
            Draft parent = parentOf(n.path(), byPath);
            (parent == null ? roots : parent.children()).add(n);
        }
        return shown(roots);
    }

    /** Every node with pages below it, and the first {@link #LEAVES_SHOWN} of those without, in plan order. */
    private static List<Node> shown(List<Draft> drafts) {
        List<Node> out = new ArrayList<>();
        int leaves = 0;
        for (Draft d : drafts) {
            if (!d.children().isEmpty()) out.add(node(d));
            else if (leaves++ < LEAVES_SHOWN) out.add(new Node(d.title(), d.path(), List.of(), 0));
        }
        return out;
    }

    private static Node node(Draft d) {
        long leaves = d.children().stream().filter(c -> c.children().isEmpty()).count();
        return new Node(d.title(), d.path(), shown(d.children()), (int) Math.max(0, leaves - LEAVES_SHOWN));
    }

    /** The nearest page in a folder above: don-vi/x/2022/index.html → don-vi/x/index.html → don-vi/index.html → index.html. */
    private static Draft parentOf(String path, Map<String, Draft> byPath) {
        String dir = path.substring(0, path.length() - "index.html".length());
        while (!dir.isEmpty()) {
            dir = dir.substring(0, dir.lastIndexOf('/', dir.length() - 2) + 1);
            Draft n = byPath.get(dir + "index.html");
            if (n != null) return n;
        }
        return null;
    }
}
