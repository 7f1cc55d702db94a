package vn.dxportal.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The text site map ("Sơ đồ cổng"): every HTML page of one language as a tree by URL folder (a unit's periods
 * under the unit, the units under the unit list). Built when the page is rendered, after every page family has
 * planned, so a family added later appears without touching this class.
 */
public final class SiteMap {

    /** One page with the pages in the folders below it. */
    public record Node(String title, String path, List<Node> children) {}

    private final Supplier<List<Page>> pages;
    private final String lang;
    private List<Node> roots;

    SiteMap(Supplier<List<Page>> pages, String lang) {
        this.pages = pages;
        this.lang = lang;
    }

    public synchronized List<Node> roots() {
        if (roots == null) roots = build();
        return roots;
    }

    private List<Node> build() {
        Map<String, Node> byPath = new LinkedHashMap<>();
        for (Page p : pages.get()) {
            if (!p.isTemplated() || !p.path().endsWith("index.html") || !lang.equals(p.model().get("lang"))) continue;
            byPath.putIfAbsent(p.path(), new Node(p.title(), p.path(), new ArrayList<>()));
        }
        List<Node> out = new ArrayList<>();
        for (Node n : byPath.values()) {
            Node parent = parentOf(n.path(), byPath);
            (parent == null ? out : parent.children()).add(n);
        }
        return out;
    }

    /** The nearest page in a folder above: don-vi/x/2022/index.html → don-vi/x/index.html → don-vi/index.html → index.html. */
    private static Node parentOf(String path, Map<String, Node> byPath) {
        String dir = path.substring(0, path.length() - "index.html".length());
        while (!dir.isEmpty()) {
            dir = dir.substring(0, dir.lastIndexOf('/', dir.length() - 2) + 1);
            Node n = byPath.get(dir + "index.html");
            if (n != null) return n;
        }
        return null;
    }
}
