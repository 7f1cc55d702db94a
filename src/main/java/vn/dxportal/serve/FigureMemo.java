package vn.dxportal.serve;

import vn.dxportal.metrics.Metrics;
import vn.dxportal.model.Indicator;
import vn.dxportal.model.Unit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each unit's figures of the last rebuild. {@link UnitMemo} hands back the very same {@link Unit} object for a unit
 * whose files did not change, and a unit's figures and own findings are made from it and the indicator catalogue
 * alone: the same unit with an equal catalogue has last time's figures, the same objects, which {@link ModelDiff}
 * then sees are the same at once on every page showing them.
 */
final class FigureMemo implements Metrics.FigureCache {
    private record Made(Unit unit, List<Indicator> catalogue, Metrics.UnitFigures figures) {}

    private final Map<String, Made> units = new ConcurrentHashMap<>();

    @Override
    public Metrics.UnitFigures get(Unit unit, List<Indicator> catalogue, Supplier<Metrics.UnitFigures> make) {
        Made last = units.get(unit.slug());
        if (last != null && last.unit() == unit && last.catalogue().equals(catalogue)) return last.figures();
        Metrics.UnitFigures made = make.get();
        units.put(unit.slug(), new Made(unit, catalogue, made));
        return made;
    }
}
