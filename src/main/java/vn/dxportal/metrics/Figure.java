package vn.dxportal.metrics;

import vn.dxportal.model.Indicator;
import vn.dxportal.model.Observation;

import java.math.BigDecimal;

/**
 * An observation of one period with what the tool derives from it. {@code percent} is computed from numerator/denominator
 * when both exist ({@code computed} true), else the report's stated percent; {@code value} is the figure the
 * status and comparisons use (the percent for ratios). {@code change} is against the previous period of the
 * same kind (null when there is none).
 */
public record Figure(String period, Indicator indicator, Observation observation, BigDecimal percent, boolean computed, BigDecimal value,
                     Status status, BigDecimal difference, BigDecimal change, String previousPeriod) {

    public String scope() { return observation.scope(); }

    public boolean isUnitWide() { return observation.scope() == null; }

    /** True for a ratio whose denominator is zero: shown as "không xác định", never divided. */
    public boolean undefinedRatio() {
        return observation.denominator() != null && observation.denominator().signum() == 0;
    }
}
