package vn.dxportal.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the page families that list every page read of each page: its path, whether it is drawn from a template,
 * its title, its language, whether it is the 404 page, and its date. The text site map ({@link SiteMap}) and the
 * sitemap and robots files ({@link SitePlumbing}) read pages through this class and nothing else of them, so that a
 * plan whose pages all have the outline of the last plan's can keep those families' pages as they are
 * ({@link Planner#replan}): a live preview's figure edit then neither walks the 59,000 pages of a national portal to
 * list them again nor compares the lists.
 */
final class Outline {
    private Outline() {}

    static boolean listed(Page p) {
        return p.isTemplated();
    }

    static Object lang(Page p) {
        return p.model().get("lang");
    }

    static boolean isNotFoundPage(Page p) {
        return "404.html".equals(p.model().get("pageKey"));
    }

    /** The date a search engine is told the page last changed, when the page has one (a post's). */
    static LocalDate lastmod(Page p) {
        return p.model().get("lastmod") instanceof LocalDate d ? d : null;
    }

    /** Whether two pages look the same to the families that list every page. */
    static boolean same(Page a, Page b) {
        return a.path().equals(b.path()) && listed(a) == listed(b) && Objects.equals(a.title(), b.title())
                && Objects.equals(lang(a), lang(b)) && isNotFoundPage(a) == isNotFoundPage(b)
                && Objects.equals(lastmod(a), lastmod(b));
    }

    /**
     * Whether a family planned anew has the outline it had in the last plan: the same paths in the same order
     * ({@code lastPaths}), each page ({@code planned}) the same as the last plan's at its path ({@code last}).
     */
    static boolean same(List<Page> planned, List<String> lastPaths, Function<String, Page> last) {
        if (planned.size() != lastPaths.size()) return false;
        for (int i = 0; i < planned.size(); i++) {
            Page now = planned.get(i);
            if (!now.path().equals(lastPaths.get(i))) return false;
            Page before = last.apply(now.path());
            if (before != now && (before == null || !same(now, before))) return false;
        }
        return true;
    }
}
