package vn.dxportal.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Pure arithmetic on figures, in exact decimals so the output never depends on floating point. */
public final class Ratios {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratios() {}

    /** numerator / denominator as a percentage, or null when either is missing or the denominator is zero. */
    public static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) return null;
        return numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64);
    }

    /**
     * Whether a stated percentage can be what the numbers give, allowing rounding or truncation to the stated
     * number of decimals (reports do both): 6322/7052 = 89.6483…% may be stated as 89.65 or 89.64.
     */
    public static boolean statedMatches(BigDecimal stated, BigDecimal computed, int decimals) {
        BigDecimal rounded = computed.setScale(decimals, RoundingMode.HALF_UP);
        BigDecimal truncated = computed.setScale(decimals, RoundingMode.DOWN);
        BigDecimal s = stated.setScale(decimals, RoundingMode.HALF_UP);
        return s.compareTo(rounded) == 0 || s.compareTo(truncated) == 0;
    }

    /** The decimals a report used: explicit when given, else the scale of the stated number. */
    public static int decimalsOf(BigDecimal stated, Integer explicit) {
        if (explicit != null) return explicit;
        return Math.max(0, stated.stripTrailingZeros().scale());
    }

    /** Status of {@code value} against {@code target}, honouring the better direction. */
    public static Status status(BigDecimal value, BigDecimal target, boolean higherIsBetter) {
        if (value == null) return Status.NO_DATA;
        if (target == null) return Status.NO_TARGET;
        int cmp = value.compareTo(target);
        if (!higherIsBetter) cmp = -cmp;
        return cmp > 0 ? Status.EXCEEDED : cmp == 0 ? Status.MET : Status.NOT_MET;
    }

    public static BigDecimal round(BigDecimal v, int decimals) {
        return v == null ? null : v.setScale(decimals, RoundingMode.HALF_UP);
    }
}
