package vn.dxportal.site;

import vn.dxportal.metrics.Figure;
import vn.dxportal.metrics.Status;
import vn.dxportal.model.Period;
import vn.dxportal.model.Unit;

import java.util.List;

/**
 * A unit at a glance: its latest period and how many of that period's figures meet their targets, as computed;
 * {@code statedOnly} counts figures without a recorded target whose report states its own assessment.
 */
public record UnitSummary(Unit unit, Period latest, List<Figure> figures, long exceeded, long met, long notMet, long noTarget, long statedOnly) {

    static List<UnitSummary> all(vn.dxportal.metrics.Derived derived) {
        return derived.portal().units().stream()
                .map(u -> of(u, u.latestPeriod(), u.latestPeriod() == null ? List.of() : derived.figures(u, u.latestPeriod())))
                .toList();
    }

    static UnitSummary of(Unit unit, Period latest, List<Figure> figures) {
        long statedOnly = figures.stream().filter(f -> f.status() == Status.NO_TARGET && f.observation().stated().status() != null).count();
        return new UnitSummary(unit, latest, figures, count(figures, Status.EXCEEDED), count(figures, Status.MET),
                count(figures, Status.NOT_MET), count(figures, Status.NO_TARGET) - statedOnly, statedOnly);
    }

    private static long count(List<Figure> figures, Status s) { return figures.stream().filter(f -> f.status() == s).count(); }
}
