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

/** {@link Planner#replan}: the families not planned again are the pages handed in, in plan order; none on another day. */
class ReplanTest {
    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    @Test
    void keptFamiliesAreTheGivenPagesAndTheOthersArePlannedAgain() {
        Pipeline.Planned planned = Pipeline.plan(new Pipeline.Options(TestContent.sampleContent(), TestContent.defaultTheme(), null, null, null));
        List<Diagnostic> findings = planned.diagnostics().sorted();
        PlanContext.Options options = new PlanContext.Options(null, null, DAY, false, false);
        Planner.Plan last = Planner.planWithNotes(planned.derived(), findings, options, planned.compliance());
        Map<String, Page> byPath = new HashMap<>();
        last.pages().forEach(p -> byPath.put(p.path(), p));

        Planner.Plan again = Planner.replan(planned.derived(), findings, options, planned.compliance(), last, Set.of("UnitPages"), byPath::get);
        assertEquals(last.pages().stream().map(Page::path).toList(), again.pages().stream().map(Page::path).toList(), "the same pages in the same order");
        assertEquals(last.notes(), again.notes());
        Set<String> unitPaths = Set.copyOf(last.families().stream().filter(f -> f.name().equals("UnitPages")).findFirst().orElseThrow().paths());
        for (Page p : again.pages()) {
            boolean planedAgain = unitPaths.contains(p.path()) || p.path().equals("sitemap.xml") || p.path().equals("robots.txt");
            if (!planedAgain) assertSame(byPath.get(p.path()), p, () -> p.path() + " is kept as it was");
            else if (unitPaths.contains(p.path())) assertNotSame(byPath.get(p.path()), p, () -> p.path() + " is planned again");
        }

        // Another day may publish another post: nothing is kept.
        PlanContext.Options nextDay = new PlanContext.Options(null, null, DAY.plusDays(1), false, false);
        Planner.Plan other = Planner.replan(planned.derived(), findings, nextDay, planned.compliance(), last, Set.of(), path -> null);
        assertTrue(other.pages().stream().allMatch(java.util.Objects::nonNull), "a plan of another day keeps nothing");
        assertEquals(last.pages().size(), other.pages().size());
    }
}
