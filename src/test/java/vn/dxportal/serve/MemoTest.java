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

    @Test
    void theHelpersNamesAreReadFromTheirClassFiles() {
        var names = TemplateReads.helperNames();
        assertNotNull(names, "Helpers.class and Urls.class can be read");
        // compareChart reads a comparison row's unit name, its period's id and its figure's value.
        assertTrue(names.containsAll(java.util.Set.of("displayShortName", "unit", "period", "figure", "id", "value")), names::toString);
    }
}
