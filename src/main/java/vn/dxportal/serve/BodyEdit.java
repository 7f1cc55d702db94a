package vn.dxportal.serve;

import vn.dxportal.model.Period;
import vn.dxportal.render.LazyHtml;
import vn.dxportal.site.Page;
import vn.dxportal.site.SearchEntry;
import vn.dxportal.site.SearchSplice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fast path for the commonest save in a preview: a period narrative whose front matter is as it was and only
 * whose Markdown body changed. Such a body reaches the output in two places only — the HTML its period page shows
 * ({@code narrativeHtml}, a {@link LazyHtml} the plan makes from the body and the file's place) and the search
 * index's pieces of that page — so those are made again from the last plan, and validate, derive, rules and plan are
 * not run at all. Whatever this cannot prove gives null, and the caller takes the full path:
 * <ul>
 * <li>a body with a Markdown link ({@code ](}) before or after: the link checker's findings may change;</li>
 * <li>an empty body before or after: a page may show or hide its report section;</li>
 * <li>the same Markdown held by a page without the file's place in its {@code where} (it could be another file's);</li>
 * <li>search pieces that the old body does not make again exactly.</li>
 * </ul>
 * A post's body also reaches the Atom feeds, whose makers cannot be made again without the plan: posts take the
 * full path.
 */
final class BodyEdit {
    private static final Pattern NARRATIVE = Pattern.compile("units/[^/]+/periods/[^/]+\\.md");

    /** What the edit changes: the pages to draw again (new models) and the search entries after it. */
    record Patch(List<Page> redraw, List<SearchEntry> entries) {}

    private BodyEdit() {}

    /** Whether a content-relative path is a period narrative, the only kind of file this fast path takes. */
    static boolean covers(String relative) {
        return NARRATIVE.matcher(relative).matches();
    }

    /**
     * @param pages the last good plan's pages by path
     * @param entries the search entries of that plan
     * @param relative the edited file, relative to the content folder ({@code units/x/periods/2022.md})
     */
    static Patch of(Map<String, Page> pages, List<SearchEntry> entries, String relative, String oldBody, String newBody) {
        if (!covers(relative) || entries == null || !provable(oldBody) || !provable(newBody)) return null;
        String place = relative + " ";
        List<Page> redraw = new ArrayList<>();
        List<SearchEntry> after = entries;
        for (Page page : pages.values()) {
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
            if (!(page.model().get("period") instanceof Period period) || !oldBody.equals(period.narrative())) return null;
            after = SearchSplice.replaceBody(after, page.path(), period.data().summary(), oldBody, newBody);
            if (after == null) return null;
        }
        return redraw.isEmpty() ? null : new Patch(redraw, after);
    }

    /** A body whose edit cannot change a finding or a page's layout: not empty, no Markdown link. */
    private static boolean provable(String body) {
        return body != null && !body.isBlank() && !body.contains("](");
    }
}
