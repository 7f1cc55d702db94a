package vn.dxportal.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.build.Pipeline;
import vn.dxportal.generate.Generator;
import vn.dxportal.metrics.Derived;
import vn.dxportal.model.Unit;
import vn.dxportal.site.Page;
import vn.dxportal.site.Peers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A district's page compares it with its siblings on every indicator, and the siblings share one list of rows per
 * indicator: {@link Helpers#compareChart} draws such a chart once and marks each page's own bar. On the generated
 * province portal (15 districts under one province), every chart on every unit page must be the one a fresh
 * {@link Helpers} draws from nothing, with exactly the page's own unit marked.
 */
class ComparisonChartTest {
    private static final Pattern MARKED = Pattern.compile("<text [^>]*class=\"chart-label\">([^<]*) ◀</text>");

    @TempDir Path dir;

    @Test
    void siblingsShareTheDrawingAndEachMarksItsOwnBar() throws Exception {
        Path content = dir.resolve("content");
        Generator.preset("province", Generator.defaultSeed(), content);
        Pipeline.Planned planned = Pipeline.plan(new Pipeline.Options(content, Path.of("themes/default"), dir.resolve("site"), null, 0L));
        assertFalse(planned.diagnostics().hasErrors(), () -> planned.diagnostics().sorted().toString());

        Helpers shared = new Helpers();
        int charts = 0;
        List<List<Derived.Comparison>> lists = new ArrayList<>();
        for (Page page : planned.pages()) {
            if (!"unit.ftlh".equals(page.template())) continue;
            Unit unit = (Unit) page.model().get("unit");
            @SuppressWarnings("unchecked")
            List<Peers> peers = (List<Peers>) page.model().get("peers");
            for (Peers p : peers) {
                String id = "ss-" + p.indicator().id();
                String chart = shared.compareChart(id, p.indicator().name(), p.rows(), unit.slug());
                assertEquals(new Helpers().compareChart(id, p.indicator().name(), p.rows(), unit.slug()), chart,
                        () -> unit.slug() + ", " + id + ": the shared drawing differs from a fresh one");
                Matcher marked = MARKED.matcher(chart);
                assertTrue(marked.find(), () -> unit.slug() + ", " + id + ": no bar marked");
                assertTrue(marked.group(1).startsWith(unit.info().displayShortName() + " ("), marked.group(1));
                assertFalse(marked.find(), () -> unit.slug() + ", " + id + ": more than one bar marked");
                assertEquals(1, chart.split("chart-bar-current", -1).length - 1);
                if (lists.stream().noneMatch(l -> l == p.rows())) lists.add(p.rows());
                charts++;
            }
        }
        assertTrue(charts > 15 * 20, "every district compares itself on most indicators: " + charts);
        assertTrue(lists.size() < charts / 10, "siblings share their rows: " + lists.size() + " lists for " + charts + " charts");
        assertTrue(shared.comparisonsDrawn() <= lists.size(), "one drawing per list of rows: " + shared.comparisonsDrawn());
    }

    @Test
    void anotherListOfRowsIsDrawnAgainEvenWhenEqual() throws Exception {
        Path content = dir.resolve("content");
        Generator.preset("province", Generator.defaultSeed(), content);
        Pipeline.Planned planned = Pipeline.plan(new Pipeline.Options(content, Path.of("themes/default"), dir.resolve("site"), null, 0L));
        Page district = planned.pages().stream().filter(p -> "unit.ftlh".equals(p.template())
                && !((List<?>) p.model().get("peers")).isEmpty()).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Peers p = ((List<Peers>) district.model().get("peers")).get(0);
        Helpers helpers = new Helpers();
        String slug = ((Unit) district.model().get("unit")).slug();
        String first = helpers.compareChart("ss", "T", p.rows(), slug);
        List<Derived.Comparison> reversed = new ArrayList<>(p.rows());
        java.util.Collections.reverse(reversed);
        String other = helpers.compareChart("ss", "T", List.copyOf(reversed), slug);
        assertNotEquals(first, other, "a list in another order is another chart, not the drawing kept for the first list");
        assertEquals(new Helpers().compareChart("ss", "T", List.copyOf(reversed), slug), other);
        assertEquals(2, helpers.comparisonsDrawn());
    }
}
