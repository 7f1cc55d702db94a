package vn.dxportal.site;

import org.junit.jupiter.api.Test;
import vn.dxportal.TestContent;
import vn.dxportal.build.Pipeline;
import vn.dxportal.diag.Diagnostic;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@link Planner#replan}: the families not planned again are the pages handed in, in plan order; none on another day.
 * The families that list every page are kept while every page has the outline it had. A plan does not hold on to
 * the last plan's pages.
 */
class ReplanTest {
    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    @Test
    void keptFamiliesAreTheGivenPagesAndTheOthersArePlannedAgain() {
        Pipeline.Planned planned = Pipeline.plan(new Pipeline.Options(TestContent.sampleContent(), TestContent.defaultTheme(), null, null, null));
        List<Diagnostic> findings = planned.diagnostics().sorted();
        PlanContext.Options options = new PlanContext.Options(null, null, DAY, false, false);
        Planner.Plan last = Planner.planWithNotes(planned.derived(), findings, options, planned.compliance());
        Map<String, Page> byPath = byPath(last);

        Planner.Plan again = Planner.replan(planned.derived(), findings, options, planned.compliance(), last, Set.of("UnitPages"), byPath::get);
        assertEquals(last.pages().stream().map(Page::path).toList(), again.pages().stream().map(Page::path).toList(), "the same pages in the same order");
        assertEquals(last.notes(), again.notes());
        Set<String> unitPaths = Set.copyOf(last.families().stream().filter(f -> f.name().equals("UnitPages")).findFirst().orElseThrow().paths());
        for (Page p : again.pages()) {
            boolean planedAgain = unitPaths.contains(p.path()) || p.path().equals("sitemap.xml") || p.path().equals("robots.txt");
            if (!planedAgain) assertSame(byPath.get(p.path()), p, () -> p.path() + " is kept as it was");
            else if (unitPaths.contains(p.path())) assertNotSame(byPath.get(p.path()), p, () -> p.path() + " is planned again");
        }

        assertSame(byPath.get(Urls.sitemapPagePath()), at(again, Urls.sitemapPagePath()), "no page's outline changed: the site map is kept");
        assertSame(byPath.get("robots.txt"), at(again, "robots.txt"));

        // Another day may publish another post: nothing is kept.
        PlanContext.Options nextDay = new PlanContext.Options(null, null, DAY.plusDays(1), false, false);
        Planner.Plan other = Planner.replan(planned.derived(), findings, nextDay, planned.compliance(), last, Set.of(), path -> null);
        assertTrue(other.pages().stream().allMatch(java.util.Objects::nonNull), "a plan of another day keeps nothing");
        assertEquals(last.pages().size(), other.pages().size());
    }

    @Test
    void theListingFamiliesArePlannedAgainWhenAPagesTitleChanged() {
        Pipeline.Planned planned = Pipeline.plan(new Pipeline.Options(TestContent.sampleContent(), TestContent.defaultTheme(), null, null, null));
        List<Diagnostic> findings = planned.diagnostics().sorted();
        PlanContext.Options options = new PlanContext.Options("https://cds.example.gov.vn", null, DAY, false, false);
        Planner.Plan last = Planner.planWithNotes(planned.derived(), findings, options, planned.compliance());
        Map<String, Page> byPath = byPath(last);
        // As if the last plan had titled one unit page otherwise: this plan's title differs from it.
        String unitPage = last.families().stream().filter(f -> f.name().equals("UnitPages")).findFirst().orElseThrow().paths().get(0);
        Page was = byPath.get(unitPage);
        byPath.put(unitPage, new Page(was.path(), was.template(), was.title() + " (cũ)", was.model(), was.dependsOn(), was.body()));

        Planner.Plan again = Planner.replan(planned.derived(), findings, options, planned.compliance(), last, Set.of("UnitPages"), byPath::get);
        assertNotSame(byPath.get(Urls.sitemapPagePath()), at(again, Urls.sitemapPagePath()), "a title changed: the site map is planned again");
        assertNotSame(byPath.get("sitemap.xml"), at(again, "sitemap.xml"));
        assertEquals(last.pages().stream().map(Page::path).toList(), again.pages().stream().map(Page::path).toList(), "the same pages in the same order");
    }

    /**
     * Every page's links ask its plan which pages exist; the kept pages' lookup that the plan was given must not stay
     * reachable through them, or a live preview keeps every figure edit's plan.
     */
    @Test
    void aReplanDoesNotHoldOnToTheLastPlansPages() throws InterruptedException {
        Pipeline.Planned planned = Pipeline.plan(new Pipeline.Options(TestContent.sampleContent(), TestContent.defaultTheme(), null, null, null));
        List<Diagnostic> findings = planned.diagnostics().sorted();
        PlanContext.Options options = new PlanContext.Options(null, null, DAY, false, false);
        Planner.Plan last = Planner.planWithNotes(planned.derived(), findings, options, planned.compliance());
        Map<String, Page> byPath = byPath(last);
        java.lang.ref.WeakReference<Map<String, Page>> lookup = new java.lang.ref.WeakReference<>(byPath);

        Planner.Plan again = Planner.replan(planned.derived(), findings, options, planned.compliance(), last, Set.of("UnitPages"), byPath::get);
        byPath = null;
        for (int i = 0; i < 20 && lookup.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertTrue(lookup.get() == null, "the lookup of the last plan's pages is not reachable from the new plan");
        assertFalse(again.pages().isEmpty());
    }

    private static Map<String, Page> byPath(Planner.Plan plan) {
        Map<String, Page> byPath = new HashMap<>();
        plan.pages().forEach(p -> byPath.put(p.path(), p));
        return byPath;
    }

    private static Page at(Planner.Plan plan, String path) {
        return plan.pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError("no page at " + path));
    }
}
