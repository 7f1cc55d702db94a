package vn.dxportal.serve;

import vn.dxportal.model.NewsPost;
import vn.dxportal.model.Period;
import vn.dxportal.render.LazyHtml;
import vn.dxportal.site.FeedSplice;
import vn.dxportal.site.Page;
import vn.dxportal.site.SearchEntry;
import vn.dxportal.site.SearchSplice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The fast path for the commonest save in a preview: a period narrative or a (Vietnamese) news post whose front
 * matter is as it was and only whose Markdown body changed. Such a body reaches the output in three places only —
 * the HTML its own page shows ({@code narrativeHtml}, {@code bodyHtml}: a {@link LazyHtml} the plan makes from the
 * body and the file's place), the search index's pieces of that page, and, for a post, the Atom feeds that carry
 * it — so those are made again from the last plan, and validate, derive, rules and plan are not run at all.
 * Whatever this cannot prove gives null, and the caller takes the full path:
 * <ul>
 * <li>a body with a Markdown link ({@code ](}) before or after: the link checker's findings may change;</li>
 * <li>an empty body before or after: a page may show or hide its report section;</li>
 * <li>the same Markdown held by a page without a place ({@code where}) that says which file it is from;</li>
 * <li>a page showing the body whose model does not hold the period or post it comes from;</li>
 * <li>search pieces that the old body does not make again exactly.</li>
 * </ul>
 */
final class BodyEdit {
    private static final Pattern COVERED = Pattern.compile("units/[^/]+/(periods/[^/]+|news/[^/]+(?<!\\.en))\\.md");

    /** What the edit changes: the pages to make again (new models or makers) and the search entries after it. */
    record Patch(List<Page> redraw, List<SearchEntry> entries) {}

    private BodyEdit() {}

    /** Whether a content-relative path is a period narrative or a Vietnamese post, the files this fast path takes. */
    static boolean covers(String relative) {
        return COVERED.matcher(relative).matches();
    }

    /**
     * @param pages the last good plan's pages by path
     * @param patched pages already made again in this rebuild (another file's edit), which stand for the plan's
     * @param entries the search entries of that plan, with earlier edits of this rebuild in
     * @param relative the edited file, relative to the content folder ({@code units/x/periods/2022.md})
     * @param shown the file's name as the model holds it ({@link Period#narrativeFile()}, {@link NewsPost#file()})
     */
    static Patch of(Map<String, Page> pages, Map<String, Page> patched, List<SearchEntry> entries, String relative, String shown,
                    String oldBody, String newBody) {
        if (!covers(relative) || !provable(oldBody) || !provable(newBody)) return null;
        String place = relative + " ";
        List<Page> redraw = new ArrayList<>();
        List<SearchEntry> after = entries;
        NewsPost post = null;
        for (Page planned : pages.values()) {
            Page page = patched.getOrDefault(planned.path(), planned);
            if (!page.isTemplated()) continue;
            Map<String, Object> model = null;
            for (Map.Entry<String, Object> e : page.model().entrySet()) {
                if (!(e.getValue() instanceof LazyHtml html) || !html.markdown().equals(oldBody)) continue;
                if (html.where() == null) return null; // whose body is it? cannot say
                if (!html.where().startsWith(place)) continue; // another file with the same text
                if (model == null) model = new LinkedHashMap<>(page.model());
                model.put(e.getKey(), html.withMarkdown(newBody));
            }
            if (model == null) continue;
            redraw.add(new Page(page.path(), page.template(), page.title(), model, page.dependsOn(), null));
            String lead;
            if (page.model().get("period") instanceof Period p && shown.equals(p.narrativeFile()) && oldBody.equals(p.narrative())) {
                lead = p.data().summary();
            } else if (page.model().get("post") instanceof NewsPost p && shown.equals(p.file()) && oldBody.equals(p.body())) {
                lead = p.summary();
                post = p;
            } else {
                return null;
            }
            after = SearchSplice.replaceBody(after, page.path(), lead, oldBody, newBody);
            if (after == null) return null;
        }
        if (post != null) {
            for (Page planned : pages.values()) {
                Page page = patched.getOrDefault(planned.path(), planned);
                if (page.isTemplated()) continue;
                Supplier<byte[]> feed = FeedSplice.replaceBody(page.body(), post, newBody);
                if (feed != null) redraw.add(Page.data(page.path(), page.dependsOn(), feed));
            }
        }
        return redraw.isEmpty() ? null : new Patch(redraw, after);
    }

    /** A body whose edit cannot change a finding or a page's layout: not empty, no Markdown link. */
    private static boolean provable(String body) {
        return body != null && !body.isBlank() && !body.contains("](");
    }
}
