package vn.dxportal.metrics;

import vn.dxportal.model.Indicator;
import vn.dxportal.model.Period;
import vn.dxportal.model.Portal;
import vn.dxportal.model.Unit;

import java.util.List;
import java.util.Map;

/**
 * The derive stage's result: every period's figures, and for every indicator the units that report it,
 * ranked. Keys are "unit/period" and indicator ids; all lists are in a stable order.
 */
public record Derived(Portal portal, Map<String, List<Figure>> figuresByPeriod, Map<String, List<Comparison>> comparisons) {

    public List<Figure> figures(Unit unit, Period period) {
        return figuresByPeriod.getOrDefault(unit.slug() + "/" + period.id(), List.of());
    }

    public List<Comparison> comparison(Indicator indicator) {
        return comparisons.getOrDefault(indicator.id(), List.of());
    }

    /** One unit's latest unit-wide figure for an indicator, with its rank among the units that report it (1 = best). */
    public record Comparison(Unit unit, Period period, Figure figure, int rank, List<Figure> history) {}
}
