package vn.dxportal.metrics;

import vn.dxportal.model.Indicator;

import java.math.BigDecimal;

/**
 * A parent unit's figure for one indicator and period, added up from its children's unit-wide figures:
 * numerators and denominators are summed separately (percentages are never averaged). {@code own} is the
 * parent's own reported figure for the same period, when it has one, shown side by side. For indicators that
 * cannot be added up, the portal-wide trend uses the {@code median} of the units' values instead.
 */
public record Aggregate(Indicator indicator, String periodId, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
                        int reporting, int children, Figure own, boolean median) {

    /** The aggregated share for ratios (null when the summed denominator is zero), else the summed value. */
    public BigDecimal result() {
        return numerator != null && !median ? Ratios.percent(numerator, denominator) : value;
    }

    /** Whether every child unit on the portal reported the figure; otherwise the sum is partial and says so. */
    public boolean complete() { return reporting == children; }
}
