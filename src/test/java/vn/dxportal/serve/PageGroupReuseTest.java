package vn.dxportal.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dxportal.TestContent;
import vn.dxportal.build.Pipeline;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.site.Kept;
import vn.dxportal.site.Page;
import vn.dxportal.site.PlanContext;
import vn.dxportal.site.Planner;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A family planned again by a figure edit takes the last plan's pages of a unit made from the very same inputs
 * ({@code PlanContext.addGroup}), and only while they are the last plan's pages.
 */
class PageGroupReuseTest {
    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    @AfterEach
    void noMemo() {
        Kept.memo(null);
    }

    @Test
    void aUnitsPagesMadeFromTheSameInputsAreTheLastPlansPages() {
        Pipeline.Planned planned = Pipeline.plan(new Pipeline.Options(TestContent.sampleContent(), TestContent.defaultTheme(), null, null, null));
        List<Diagnostic> findings = planned.diagnostics().sorted();
        PlanContext.Options options = new PlanContext.Options(null, null, DAY, false, false);
        KeptMemo memo = new KeptMemo();
        Kept.memo(memo);
        Planner.Plan last = Planner.planWithNotes(planned.derived(), findings, options, planned.compliance());
        memo.endRun();
        List<String> unitPaths = last.families().stream().filter(f -> f.name().equals("UnitPages")).findFirst().orElseThrow().paths();
        assertFalse(unitPaths.isEmpty());
        Map<String, Page> byPath = new HashMap<>();
        last.pages().forEach(p -> byPath.put(p.path(), p));

        Planner.Plan again = Planner.replan(planned.derived(), findings, options, planned.compliance(), last, Set.of("UnitPages"), byPath::get);
        memo.endRun();
        Map<String, Page> now = new HashMap<>();
        again.pages().forEach(p -> now.put(p.path(), p));
        for (String path : unitPaths) assertTrue(byPath.get(path) == now.get(path), () -> path + ": the same inputs, the last plan's page");

        // A page the preview no longer has as it was (another object at its path): its unit's pages are made again.
        String unitPage = unitPaths.get(0);
        Page was = now.get(unitPage);
        now.put(unitPage, new Page(was.path(), was.template(), was.title(), new HashMap<>(was.model()), was.dependsOn(), was.body()));
        Planner.Plan third = Planner.replan(planned.derived(), findings, options, planned.compliance(), again, Set.of("UnitPages"), now::get);
        memo.endRun();
        Page remade = third.pages().stream().filter(p -> p.path().equals(unitPage)).findFirst().orElseThrow();
        assertTrue(now.get(unitPage) != remade, "made again");
        assertTrue(was != remade, "made again, not taken from an earlier plan");
        assertEquals(was.title(), remade.title());
        String otherUnit = unitPaths.stream().filter(p -> !p.startsWith(unitPage.replace("index.html", ""))).findFirst().orElseThrow();
        assertTrue(now.get(otherUnit) == third.pages().stream().filter(p -> p.path().equals(otherUnit)).findFirst().orElseThrow(), "another unit's page is kept");
    }
}
