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
public record Derived(Portal portal, Map<String, List<Figure>> figuresByPeriod, Map<String, List<Comparison>> comparisons,
                      Map<String, List<Aggregate>> aggregates, Map<String, List<Aggregate>> portalTrends) {

    /** The portal-wide sum of an indicator per period (only for indicators that may be added up). */
    public List<Aggregate> portalTrend(Indicator indicator) {
        return portalTrends.getOrDefault(indicator.id(), List.of());
    }


    public List<Figure> figures(Unit unit, Period period) {
        return figuresByPeriod.getOrDefault(unit.slug() + "/" + period.id(), List.of());
    }

    /** What the unit's children add up to, per period and indicator (empty for units without children). */
    public List<Aggregate> aggregates(Unit unit) {
        return aggregates.getOrDefault(unit.slug(), List.of());
    }

    /** Every unit-wide figure of one unit for one indicator, oldest period first (for trend charts). */
    public List<Figure> history(Unit unit, Indicator indicator) {
        return histories(unit).getOrDefault(indicator.id(), List.of());
    }

    /**
     * {@link #history} for every indicator the unit reports, by indicator id, in one pass over its figures (a unit
     * page shows the trend of each of 40 indicators).
     */
    public Map<String, List<Figure>> histories(Unit unit) {
        Map<String, List<Figure>> out = new java.util.HashMap<>();
        for (Period p : unit.periods()) {
            for (Figure f : figures(unit, p)) {
                if (f.isUnitWide()) out.computeIfAbsent(f.indicator().id(), k -> new java.util.ArrayList<>()).add(f);
            }
        }
        return out;
    }

    public List<Comparison> comparison(Indicator indicator) {
        return comparisons.getOrDefault(indicator.id(), List.of());
    }

    /** One unit's latest unit-wide figure for an indicator, with its rank among the units that report it (1 = best). */
    public record Comparison(Unit unit, Period period, Figure figure, int rank, List<Figure> history) {}
}
