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
        for (SiteMap.Node n : nodes) b.append(n.path()).append(n.children().isEmpty() ? "" : "(" + render(n.children()) + ")").append(' ');
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
}
