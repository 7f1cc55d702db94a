package vn.dxportal.serve;

import org.junit.jupiter.api.Test;
import vn.dxportal.content.RawContent;
import vn.dxportal.metrics.Metrics;
import vn.dxportal.model.Unit;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What the live preview keeps between rebuilds: a unit made from the same parsed objects is the same unit
 * ({@link UnitMemo}); the same unit has the same figures ({@link FigureMemo}); the names the template helpers' code
 * refers to are read from their class files ({@link TemplateReads#helperNames}).
 */
class MemoTest {

    private static RawContent.RawUnit raw(String... periods) {
        return new RawContent.RawUnit("a", Path.of("units/a"), null,
                java.util.Arrays.stream(periods).map(id -> new RawContent.RawPeriod(id, null, null)).toList(), null, List.of());
    }

    @Test
    void aUnitMadeFromTheSameFilesIsTheSameObject() {
        UnitMemo memo = new UnitMemo();
        AtomicInteger made = new AtomicInteger();
        java.util.function.Function<RawContent.RawUnit, Unit> map = r -> {
            made.incrementAndGet();
            return new Unit(r.slug(), null, List.of(), List.of(), List.of(), null);
        };
        Unit first = memo.get(raw("2022", "2023"), map);
        assertSame(first, memo.get(raw("2022", "2023"), map), "the same files: the same unit, not made again");
        assertEquals(1, made.get());
        Unit other = memo.get(raw("2022", "2023", "2024"), map);
        assertNotSame(first, other, "a period more: made again");
        assertEquals(2, made.get());
    }

    @Test
    void theCatalogueMadeFromTheSameFileIsTheSameObject() {
        UnitMemo memo = new UnitMemo();
        var file = vn.dxportal.content.YamlReader.read("indicators.yaml", "indicators: []\n", 0).document();
        AtomicInteger made = new AtomicInteger();
        java.util.function.Supplier<List<String>> make = () -> List.of("catalogue " + made.incrementAndGet());
        List<String> first = memo.whole("indicators", file, make);
        assertSame(first, memo.whole("indicators", file, make), "the same parsed file: the same catalogue, not made again");
        assertEquals(1, made.get());
        var parsedAgain = vn.dxportal.content.YamlReader.read("indicators.yaml", "indicators: []\n", 0).document();
        assertNotSame(first, memo.whole("indicators", parsedAgain, make), "the file parsed again: made again");
        assertNotSame(memo.whole("indicators", parsedAgain, make), memo.whole("site", parsedAgain, make), "each kind kept apart");
    }

    @Test
    void aPeriodsFindingsAreKeptWhileThePeriodAndTheCatalogueAreTheSameObjects() {
        UnitMemo memo = new UnitMemo();
        vn.dxportal.model.Period period = new vn.dxportal.model.Period("2023", "a", null, null, null, null);
        List<vn.dxportal.model.Indicator> catalogue = new java.util.ArrayList<>();
        var finding = vn.dxportal.diag.Diagnostic.warning(vn.dxportal.diag.Msg.RATIO_HALF, new vn.dxportal.diag.SourcePosition("p.yaml", 3, 5));
        AtomicInteger checked = new AtomicInteger();
        java.util.function.Supplier<List<vn.dxportal.diag.Diagnostic>> check = () -> {
            checked.incrementAndGet();
            return List.of(finding);
        };
        List<vn.dxportal.diag.Diagnostic> first = memo.periodFindings(period, catalogue, check);
        assertEquals(List.of(finding), first);
        assertSame(first, memo.periodFindings(period, catalogue, check), "the same period and catalogue: not checked again");
        assertEquals(1, checked.get());
        vn.dxportal.model.Period parsedAgain = new vn.dxportal.model.Period("2023", "a", null, null, null, null);
        memo.periodFindings(parsedAgain, catalogue, check);
        assertEquals(2, checked.get(), "an equal but new period (its file was parsed again): checked again");
        memo.periodFindings(parsedAgain, catalogue, check);
        assertEquals(2, checked.get());
        memo.periodFindings(parsedAgain, new java.util.ArrayList<>(), check);
        assertEquals(3, checked.get(), "an equal but new catalogue: checked again");
    }

    @Test
    void aModelPartMadeFromTheSameObjectsIsKeptForTheNextPlanOnly() {
        KeptMemo memo = new KeptMemo();
        List<String> figures = new java.util.ArrayList<>(List.of("89,64%"));
        AtomicInteger made = new AtomicInteger();
        java.util.function.Supplier<String> make = () -> "trends " + made.incrementAndGet();
        Object first = memo.kept("trends/a", List.of(figures), make);
        memo.endRun();
        assertSame(first, memo.kept("trends/a", List.of(figures), make), "the next plan, the same objects: kept");
        assertEquals(1, made.get());
        memo.endRun();
        Object remade = memo.kept("trends/a", List.of(new java.util.ArrayList<>(figures)), make);
        assertNotSame(first, remade, "an equal but new list of figures: made again");
        memo.endRun();
        memo.endRun(); // a plan that did not ask for it
        assertNotSame(remade, memo.kept("trends/a", List.of(figures), make), "forgotten once a plan did not ask for it");
        assertEquals(3, made.get());
    }

    @Test
    void aColumnOfTheSameFiguresIsTheSameArrayAndItsSumIsKept() {
        FigureMemo memo = new FigureMemo();
        vn.dxportal.metrics.Figure a = new vn.dxportal.metrics.Figure("2023", null, null, null, false, null, null, null, null, null);
        vn.dxportal.metrics.Figure b = new vn.dxportal.metrics.Figure("2023", null, null, null, false, null, null, null, null, null);
        vn.dxportal.metrics.Figure[] first = memo.column("2023|x", new vn.dxportal.metrics.Figure[]{a, null, b});
        assertSame(first, memo.column("2023|x", new vn.dxportal.metrics.Figure[]{a, null, b}), "the very same figures: the last array");
        vn.dxportal.metrics.Figure bAgain = new vn.dxportal.metrics.Figure("2023", null, null, null, false, null, null, null, null, null);
        vn.dxportal.metrics.Figure[] edited = memo.column("2023|x", new vn.dxportal.metrics.Figure[]{a, null, bAgain});
        assertNotSame(first, edited, "one figure made again: a new column");

        AtomicInteger made = new AtomicInteger();
        java.util.function.Supplier<vn.dxportal.metrics.Aggregate> sum = () -> {
            made.incrementAndGet();
            return new vn.dxportal.metrics.Aggregate(null, "2023", null, null, java.math.BigDecimal.ONE, 2, 3, null, false);
        };
        var s1 = memo.sum("sum||2023|x", List.of(edited, "x"), new int[]{0, 1, 2}, sum);
        assertSame(s1, memo.sum("sum||2023|x", List.of(edited, "x"), new int[]{0, 1, 2}, sum), "the same column and places: kept");
        assertEquals(1, made.get());
        memo.sum("sum||2023|x", List.of(edited, "x"), new int[]{0, 2}, sum);
        assertEquals(2, made.get(), "other places (a unit moved to another parent): summed again");
        memo.sum("sum||2023|x", List.of(first, "x"), new int[]{0, 2}, sum);
        assertEquals(3, made.get(), "another column: summed again");
    }

    @Test
    void aUnitMadeAgainKeepsItsEqualFiguresAndPeriods() {
        FigureMemo memo = new FigureMemo();
        java.util.function.Function<String, vn.dxportal.metrics.Figure> figure = value ->
                new vn.dxportal.metrics.Figure("2023", null, null, null, false, new java.math.BigDecimal(value), null, null, null, null);
        List<vn.dxportal.metrics.Figure> y2022 = List.of(figure.apply("1")), y2023 = List.of(figure.apply("2"), figure.apply("3"));
        Unit unit = new Unit("a", null, List.of(), List.of(), List.of(), null);
        memo.get(unit, List.of(), () -> new Metrics.UnitFigures(java.util.Map.of("a/2022", y2022, "a/2023", y2023), List.of()));
        // One of its files changed: the unit is a new object, its figures made again, one of them edited.
        Unit again = new Unit("a", null, List.of(), List.of(), List.of(), null);
        Metrics.UnitFigures remade = memo.get(again, List.of(), () -> new Metrics.UnitFigures(java.util.Map.of(
                "a/2022", List.of(figure.apply("1")), "a/2023", List.of(figure.apply("2"), figure.apply("4"))), List.of()));
        assertSame(y2022, remade.byPeriod().get("a/2022"), "a period whose figures are all equal: its last list");
        assertSame(y2023.get(0), remade.byPeriod().get("a/2023").get(0), "an equal figure: the last object");
        assertEquals(new java.math.BigDecimal("4"), remade.byPeriod().get("a/2023").get(1).value(), "the edited figure is the new one");
    }

    @Test
    void anIndicatorsRankingIsKeptWhileItsRowsHoldTheSameObjects() {
        FigureMemo memo = new FigureMemo();
        vn.dxportal.model.Indicator ind = new vn.dxportal.model.Indicator("x", "X", null, vn.dxportal.model.Kind.COUNT, null, null, null, null, null, null, null, null);
        Unit a = new Unit("a", null, List.of(), List.of(), List.of(), null);
        vn.dxportal.metrics.Figure f = new vn.dxportal.metrics.Figure("2023", null, null, null, false, java.math.BigDecimal.ONE, null, null, null, null);
        AtomicInteger ranked = new AtomicInteger();
        java.util.function.Supplier<List<vn.dxportal.metrics.Derived.Comparison>> rank = () -> {
            ranked.incrementAndGet();
            return List.of(row(a, 1, f));
        };
        var first = memo.ranking(ind, new java.util.ArrayList<>(List.of(row(a, 0, f))), rank);
        assertSame(first, memo.ranking(ind, new java.util.ArrayList<>(List.of(row(a, 0, f))), rank), "new rows of the same objects: not ranked again");
        assertEquals(1, ranked.get());
        vn.dxportal.metrics.Figure edited = new vn.dxportal.metrics.Figure("2023", null, null, null, false, java.math.BigDecimal.TEN, null, null, null, null);
        memo.ranking(ind, new java.util.ArrayList<>(List.of(row(a, 0, edited))), rank);
        assertEquals(2, ranked.get(), "another figure: ranked again");
    }

    /**
     * A figure edit makes its unit again, and with it that unit's row of every indicator: an indicator whose figures
     * and names are as they were keeps its order, with the new unit's row in its old place, and is not sorted again.
     */
    @Test
    void anIndicatorWhoseRowsOnlyHaveNewUnitObjectsKeepsItsOrder() {
        FigureMemo memo = new FigureMemo();
        vn.dxportal.model.Indicator ind = new vn.dxportal.model.Indicator("x", "X", null, vn.dxportal.model.Kind.COUNT, null, null, null, null, null, null, null, null);
        Unit a = named("a", "Xã A"), b = named("b", "Xã B");
        var fa = new vn.dxportal.metrics.Figure("2024", null, null, null, false, java.math.BigDecimal.ONE, null, null, null, null);
        var fb = new vn.dxportal.metrics.Figure("2024", null, null, null, false, java.math.BigDecimal.TEN, null, null, null, null);
        AtomicInteger sorted = new AtomicInteger();
        java.util.function.Supplier<List<vn.dxportal.metrics.Derived.Comparison>> bFirst = () -> {
            sorted.incrementAndGet();
            return List.of(row(b, 1, fb), row(a, 2, fa));
        };
        memo.ranking(ind, new java.util.ArrayList<>(List.of(row(a, 0, fa), row(b, 0, fb))), bFirst);
        Unit remade = named("b", "Xã B");
        var kept = memo.ranking(ind, new java.util.ArrayList<>(List.of(row(a, 0, fa), row(remade, 0, fb))), bFirst);
        assertEquals(1, sorted.get(), "the same figures and names: not sorted again");
        assertEquals(List.of(row(remade, 1, fb), row(a, 2, fa)), kept, "the new unit's row in its old place, at its old rank");
        Unit renamed = named("b", "Xã Bê");
        memo.ranking(ind, new java.util.ArrayList<>(List.of(row(a, 0, fa), row(renamed, 0, fb))), bFirst);
        assertEquals(2, sorted.get(), "another name (ties are ordered by name): sorted again");
    }

    private static Unit named(String slug, String name) {
        var info = new vn.dxportal.model.UnitInfo(name, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        return new Unit(slug, info, List.of(), List.of(), List.of(), null);
    }

    @Test
    void aUnitsRankingRowsAreKeptWhileMadeFromTheSameFigureLists() {
        FigureMemo memo = new FigureMemo();
        Unit a = new Unit("a", null, List.of(), List.of(), List.of(), null);
        List<vn.dxportal.metrics.Figure> y2023 = new java.util.ArrayList<>();
        AtomicInteger made = new AtomicInteger();
        java.util.function.Supplier<java.util.Map<String, vn.dxportal.metrics.Derived.Comparison>> rows = () -> {
            made.incrementAndGet();
            return java.util.Map.of();
        };
        var first = memo.unitRows("a", List.of(a, y2023), rows);
        assertSame(first, memo.unitRows("a", List.of(a, y2023), rows));
        assertEquals(1, made.get());
        memo.unitRows("a", List.of(a, new java.util.ArrayList<>(y2023)), rows);
        assertEquals(2, made.get(), "another list of figures: made again");
    }

    @Test
    void theSameUnitHasTheSameFigures() {
        FigureMemo memo = new FigureMemo();
        Unit unit = new Unit("a", null, List.of(), List.of(), List.of(), null);
        Metrics.UnitFigures figures = memo.get(unit, List.of(), () -> new Metrics.UnitFigures(java.util.Map.of(), List.of()));
        assertSame(figures, memo.get(unit, List.of(), () -> fail("made again")));
        Unit equalButNew = new Unit("a", null, List.of(), List.of(), List.of(), null);
        AtomicInteger made = new AtomicInteger();
        memo.get(equalButNew, List.of(), () -> {
            made.incrementAndGet();
            return new Metrics.UnitFigures(java.util.Map.of(), List.of());
        });
        assertEquals(1, made.get(), "another unit object (its files were parsed again): its figures are made again");
    }

    private static vn.dxportal.metrics.Derived.Comparison row(Unit unit, int rank, vn.dxportal.metrics.Figure figure) {
        return new vn.dxportal.metrics.Derived.Comparison(unit, null, figure, rank, List.of(figure));
    }

    @Test
    void rankingRowsMadeFromTheSameObjectsAreLastRunsRows() {
        FigureMemo memo = new FigureMemo();
        Unit a = new Unit("a", null, List.of(), List.of(), List.of(), null);
        Unit b = new Unit("b", null, List.of(), List.of(), List.of(), null);
        var fa = new vn.dxportal.metrics.Figure("2024", null, null, null, false, java.math.BigDecimal.ONE, null, null, null, null);
        var fb = new vn.dxportal.metrics.Figure("2024", null, null, null, false, java.math.BigDecimal.TEN, null, null, null, null);
        var first = memo.rankings(new java.util.TreeMap<>(java.util.Map.of("x", List.of(row(b, 1, fb), row(a, 2, fa)))));
        var again = memo.rankings(new java.util.TreeMap<>(java.util.Map.of("x", List.of(row(b, 1, fb), row(a, 2, fa)))));
        assertSame(first, again, "nothing changed: the very same rankings");
        // b's figure is made anew (its file changed) and b falls behind a: a's row moves up a rank, b's is new.
        var fb2 = new vn.dxportal.metrics.Figure("2024", null, null, null, false, java.math.BigDecimal.ZERO, null, null, null, null);
        var moved = memo.rankings(new java.util.TreeMap<>(java.util.Map.of("x", List.of(row(a, 1, fa), row(b, 2, fb2)))));
        assertNotSame(again.get("x"), moved.get("x"));
        assertEquals(1, moved.get("x").get(0).rank());
        assertNotSame(again.get("x").get(1), moved.get("x").get(0), "a new rank: a new row");
        assertSame(fb2, moved.get("x").get(1).figure());
        // Only c's row is new: a's and b's rows are last run's objects.
        Unit c = new Unit("c", null, List.of(), List.of(), List.of(), null);
        var withC = memo.rankings(new java.util.TreeMap<>(java.util.Map.of("x", List.of(row(a, 1, fa), row(b, 2, fb2), row(c, 3, fb2)))));
        assertSame(moved.get("x").get(0), withC.get("x").get(0));
        assertSame(moved.get("x").get(1), withC.get("x").get(1));
        assertEquals(3, withC.get("x").size());
    }

    @Test
    void theHelpersNamesAreReadFromTheirClassFiles() {
        var names = TemplateReads.helperNames();
        assertNotNull(names, "Helpers.class and Urls.class can be read");
        // compareChart reads a comparison row's unit name, its period's id and its figure's value.
        assertTrue(names.containsAll(java.util.Set.of("displayShortName", "unit", "period", "figure", "id", "value")), names::toString);
    }

    /** A period file's parse through the cache, as the loader asks for it. */
    private static vn.dxportal.content.YamlDocument parsed(ParseCache cache, Path file) {
        return (vn.dxportal.content.YamlDocument) cache.get(file, f -> {
            try {
                var r = vn.dxportal.content.YamlReader.read(f.toString(), java.nio.file.Files.readString(f), 0);
                return new vn.dxportal.content.ContentLoader.Parsed(r.document(), r.problems());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).value();
    }

    /**
     * The last load's content, with the edited files' new parses swapped in, stands for a load only when the memo
     * was told of every parse replaced since: one replaced behind its back (a path that did not say) reads the folder.
     */
    @Test
    void theLastContentIsKeptOnlyWhenEveryReplacedParseWasTold(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.yaml"), b = dir.resolve("b.yaml");
        java.nio.file.Files.writeString(a, "x: 1\n");
        java.nio.file.Files.writeString(b, "x: 2\n");
        ParseCache cache = new ParseCache();
        ContentMemo memo = new ContentMemo(cache);
        AtomicInteger reads = new AtomicInteger();
        java.util.function.Function<vn.dxportal.diag.Diagnostics, RawContent> read = d -> {
            reads.incrementAndGet();
            List<RawContent.RawUnit> units = List.of(
                    new RawContent.RawUnit("a", dir, null, List.of(new RawContent.RawPeriod("2022", parsed(cache, a), null)), null, List.of()),
                    new RawContent.RawUnit("b", dir, null, List.of(new RawContent.RawPeriod("2022", parsed(cache, b), null)), null, List.of()));
            return new RawContent(dir, null, null, units);
        };
        RawContent first = memo.load(new vn.dxportal.diag.Diagnostics(), read);
        assertEquals(1, reads.get());

        java.nio.file.Files.writeString(a, "x: 10\n");
        ParseCache.Refreshed edit = cache.refresh(a);
        assertTrue(edit.changed());
        memo.replaced(edit.before().value(), edit.after().value());
        memo.reuseNext();
        RawContent second = memo.load(new vn.dxportal.diag.Diagnostics(), read);
        assertEquals(1, reads.get(), "told of the one replaced parse: the folder is not read");
        assertSame(edit.after().value(), second.units().get(0).periods().get(0).data(), "the new parse is in place");
        assertSame(first.units().get(1), second.units().get(1), "an unchanged unit is the very same record");

        java.nio.file.Files.writeString(b, "x: 20\n");
        assertTrue(cache.refresh(b).changed()); // replaced, and the memo not told
        memo.reuseNext();
        RawContent third = memo.load(new vn.dxportal.diag.Diagnostics(), read);
        assertEquals(2, reads.get(), "a parse replaced behind its back: the folder is read");
        assertEquals(20, third.units().get(1).periods().get(0).data().root().path("x").asInt());

        memo.load(new vn.dxportal.diag.Diagnostics(), read);
        assertEquals(3, reads.get(), "not armed: every load reads");
    }
}
