package vn.dxportal.site;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class SiteMapTest {
    private static Page page(String path, String lang) {
        return new Page(path, "t.ftlh", "T " + path, Map.of("lang", lang), Set.of(), null);
    }

    private static String render(List<SiteMap.Node> nodes) {
        StringBuilder b = new StringBuilder();
        for (SiteMap.Node n : nodes) {
            b.append(n.path()).append(n.children().isEmpty() ? "" : "(" + render(n.children()) + (n.more() > 0 ? " +" + n.more() : "") + ")").append(' ');
        }
        return b.toString().trim();
    }

    @Test
    void pagesNestUnderTheNearestPageInAFolderAbove() {
        List<Page> pages = List.of(page("index.html", "vi"), page("don-vi/index.html", "vi"), page("don-vi/a/index.html", "vi"),
                page("don-vi/a/2022/index.html", "vi"), page("don-vi/a/gioi-thieu/index.html", "vi"),
                page("tin-tuc/a/bai/index.html", "vi"), page("404.html", "vi"), page("en/gioi-thieu/index.html", "en"),
                Page.data("du-lieu/x.csv", Set.of(), () -> new byte[0]));
        assertEquals("index.html(don-vi/index.html(don-vi/a/index.html(don-vi/a/2022/index.html don-vi/a/gioi-thieu/index.html)) "
                + "tin-tuc/a/bai/index.html)", render(new SiteMap(() -> pages, "vi").roots()));
        assertEquals("en/gioi-thieu/index.html", render(new SiteMap(() -> pages, "en").roots()));
    }

    @Test
    void aFolderShowsEveryPageWithPagesBelowItAndItsFirstSinglePages() {
        List<Page> pages = new java.util.ArrayList<>(List.of(page("van-ban/index.html", "vi"), page("van-ban/a/index.html", "vi")));
        for (int k = 1; k <= SiteMap.LEAVES_SHOWN + 3; k++) pages.add(page("van-ban/a/d" + k + "/index.html", "vi"));
        pages.add(page("van-ban/a/theo-nam/2022/index.html", "vi")); // a leaf too: its folder has no page of its own
        pages.add(page("van-ban/a/trang-2/index.html", "vi"));
        pages.add(page("van-ban/a/trang-2/x/index.html", "vi")); // gives trang-2 a page below it: always shown
        List<SiteMap.Node> roots = new SiteMap(() -> pages, "vi").roots();
        SiteMap.Node unit = roots.get(0).children().get(0);
        assertEquals("van-ban/a/index.html", unit.path());
        assertEquals(SiteMap.LEAVES_SHOWN + 1, unit.children().size(), "ten single pages and the folder with a page below it");
        assertEquals("van-ban/a/d1/index.html", unit.children().get(0).path(), "in plan order");
        assertEquals("van-ban/a/trang-2/index.html", unit.children().get(SiteMap.LEAVES_SHOWN).path());
        assertEquals(4, unit.more(), "13 documents and a year list: 14 single pages, 10 shown");
        assertEquals(0, roots.get(0).more());
    }
}
