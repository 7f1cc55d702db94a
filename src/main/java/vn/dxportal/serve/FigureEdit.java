package vn.dxportal.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.dxportal.site.Page;
import vn.dxportal.site.Planner;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The figure-edit path: an edit of a period YAML ({@code units/<u>/periods/<id>.yaml}) that changed its figures
 * only — an observation's numerator, denominator, value, target, stated figures or note, a task's progress — and
 * nothing else (no title, no id, no indicator added or removed, no report date).
 * <p>Such an edit reaches only the page families that show figures or what is made of them (rankings, sums,
 * statuses, data-quality findings, compliance outcomes): {@link #REPLANNED}. The other families (news, documents,
 * search, about, Q&amp;A, access to information, copied content files) hold units only for their names, links, posts
 * and texts, so
 * their pages are kept from the last plan as they are: neither planned, compared nor drawn again. Validate and
 * derive still run over the whole portal (sums, rankings and cross-unit findings can change with any figure); the
 * portal-content rules read only each unit's latest period, so an edit of an earlier period keeps their outcome, and
 * the compliance pages, from the last run.
 * <p>That a kept family does not read figures is checked, not assumed, for what templates read: every template of
 * a kept page must be known not to name {@code periods} or {@code latestPeriod} (the only ways from a unit to its
 * figures; a portal's {@code layouts/} override may name them), else the full path runs. What the kept families'
 * Java code reads (their planners and data-file makers) is fixed by this project's code: none of them reads a
 * period's data or the derived figures.
 */
final class FigureEdit {
    /** A period's YAML, relative to the content folder. */
    private static final Pattern PERIOD_YAML = Pattern.compile("units/[^/]+/periods/[^/]+\\.yaml");
    /** An observation's fields that hold figures, not names: they may change on this path. */
    private static final List<String> OBSERVATION_FIGURES = List.of("numerator", "denominator", "value", "target", "stated", "note");
    /** The names by which a template reaches a unit's periods, and so its figures. */
    private static final Set<String> READS_FIGURES = Set.of("periods", "latestPeriod");

    /** Planned again when the rules run again (a unit's latest period changed): they show the rules' outcome. */
    static final String RULE_PAGES = "CompliancePages";

    /**
     * The page families planned again after a figure edit, by {@link Planner#nameOf}: those that show figures,
     * rankings, sums, statuses, findings or rule outcomes (the rules read the latest period), the services page (it
     * reads the periods' service rows). The search family is kept: its index is made of titles, summaries and
     * narratives, never of figures. The families that list every page (the text site map, the sitemap) are not named:
     * the plan keeps them itself when no page's path, title, language or date changed, and plans them again otherwise
     * ({@code site.Planner#replan}).
     */
    static final Set<String> REPLANNED = Set.of("HomePages", "UnitPages", "IndicatorPages", "QualityPages", "OpenDataPages",
            "ServicePages", RULE_PAGES);

    /** {@link #REPLANNED} without the compliance pages, when the rules' outcome is the last run's. */
    static final Set<String> REPLANNED_RULES_KEPT = REPLANNED.stream().filter(f -> !f.equals(RULE_PAGES))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private FigureEdit() {}

    /**
     * Whether a period is its unit's latest, the only period the portal-content rules read ({@code periods/latest.yaml}
     * in {@code rules.Subject}: the greatest id). {@code ids} are the unit's period ids, this one among them.
     */
    static boolean isLatest(String id, java.util.Collection<String> ids) {
        return ids.stream().allMatch(other -> other.compareTo(id) <= 0);
    }

    /** Whether a file (relative to the content folder, with '/') is a period's YAML. */
    static boolean covers(String relative) {
        return PERIOD_YAML.matcher(relative).matches();
    }

    /** Whether two parses of a period's YAML differ in figures only (equal trees are "figures only" too). */
    static boolean onlyFigures(JsonNode before, JsonNode after) {
        if (before == null || after == null) return false;
        return withoutFigures(before).equals(withoutFigures(after));
    }

    /** A copy of a period's tree with its figure fields taken out. */
    private static JsonNode withoutFigures(JsonNode period) {
        if (!(period instanceof ObjectNode obj)) return period;
        ObjectNode copy = obj.deepCopy();
        if (copy.get("indicators") instanceof ArrayNode observations) {
            for (JsonNode o : observations) if (o instanceof ObjectNode each) each.remove(OBSERVATION_FIGURES);
        }
        if (copy.get("tasks") instanceof ArrayNode tasks) {
            for (JsonNode t : tasks) if (t instanceof ObjectNode each) each.remove("progress");
        }
        return copy;
    }

    /**
     * Whether the pages kept on this path cannot show figures: every templated page of a family not
     * {@link #REPLANNED} has a template whose names are known ({@code reads} gives null for one that reads anything)
     * and include neither {@code periods} nor {@code latestPeriod}. {@code templatesOf} keeps each family's templates
     * by identity between calls: a kept family is the very same object in the next plan (some 55,000 pages looked up
     * on every figure edit otherwise), and a page redrawn by a body edit keeps its template.
     */
    static boolean keptPagesBlind(Planner.Plan last, Map<String, Page> pages, java.util.function.Function<String, Set<String>> reads,
                                  Map<Planner.Family, Set<String>> templatesOf) {
        Map<Planner.Family, Set<String>> known = new java.util.IdentityHashMap<>(templatesOf);
        templatesOf.clear(); // only the last plan's families are kept: the others will not be asked about again
        boolean blind = true;
        for (Planner.Family family : last.families()) {
            if (REPLANNED.contains(family.name()) || family.name().equals("SitePlumbing")) continue;
            Set<String> templates = known.containsKey(family) ? known.get(family) : templates(family, pages);
            if (templates == null) return false;
            templatesOf.put(family, templates);
            for (String t : templates) {
                Set<String> names = reads.apply(t);
                blind &= names != null && READS_FIGURES.stream().noneMatch(names::contains);
            }
        }
        return blind;
    }

    /** The templates of a family's templated pages; null when one of its pages is not among {@code pages}. */
    private static Set<String> templates(Planner.Family family, Map<String, Page> pages) {
        Set<String> templates = new java.util.HashSet<>();
        for (String path : family.paths()) {
            Page page = pages.get(path);
            if (page == null) return null;
            if (page.isTemplated()) templates.add(page.template());
        }
        return Set.copyOf(templates);
    }
}
