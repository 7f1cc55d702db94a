package vn.dxportal.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * vi-VN formats, fixed here rather than taken from the JDK's locale data so output never changes with the
 * runtime: 6.322 · 89,64% · 17.512.432.000 đồng · 24/06/2022.
 */
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Formats() {}

    /**
     * {@code v} the way {@code new DecimalFormat("#,##0")} with '.' for grouping, ',' for decimals and half-up
     * rounding writes it, with {@code minDecimals} to {@code maxDecimals} decimals: "17.512.432.000", "89,65". A
     * negative value that rounds to zero keeps its sign ("-0"), as DecimalFormat writes it. Done by hand: a national
     * build formats millions of figures, and DecimalFormat spent a tenth of the time of a period page on them.
     */
    static String decimal(BigDecimal v, int maxDecimals, int minDecimals) {
        String digits = v.setScale(maxDecimals, RoundingMode.HALF_UP).unscaledValue().abs().toString();
        // At least one integer digit: 0,05 is the unscaled 5 at two decimals.
        if (digits.length() <= maxDecimals) digits = "0".repeat(maxDecimals + 1 - digits.length()) + digits;
        int lead = digits.length() - maxDecimals;
        int kept = maxDecimals; // decimals shown: at least minDecimals, and no trailing zero beyond them
        while (kept > minDecimals && digits.charAt(lead + kept - 1) == '0') kept--;
        StringBuilder out = new StringBuilder(lead + lead / 3 + kept + 2);
        if (v.signum() < 0) out.append('-');
        for (int i = 0; i < lead; i++) {
            if (i > 0 && (lead - i) % 3 == 0) out.append('.');
            out.append(digits.charAt(i));
        }
        if (kept > 0) out.append(',').append(digits, lead, lead + kept);
        return out.toString();
    }

    /** 6322 → "6.322"; 98.4 → "98,4" (up to 2 decimals, no trailing zeros). */
    public static String number(BigDecimal v) {
        return v == null ? "" : decimal(v, 2, 0);
    }

    /** 89.6483 → "89,65%" with the given decimals. */
    public static String percent(BigDecimal v, int decimals) {
        return v == null ? "" : decimal(v, decimals, decimals) + "%";
    }

    /** A percentage with two decimals, trailing zeros dropped: 100 → "100%", 89.6483 → "89,65%". */
    public static String percent(BigDecimal v) {
        return v == null ? "" : decimal(v, 2, 0) + "%";
    }

    /** Signed percentage points: "+4,64 điểm %" / "-1,2 điểm %". */
    public static String points(BigDecimal v) {
        if (v == null) return "";
        return (v.signum() > 0 ? "+" : "") + decimal(v, 2, 0) + " điểm %";
    }

    /** A signed change: "+1.234" / "-5". */
    public static String signed(BigDecimal v) {
        if (v == null) return "";
        return (v.signum() > 0 ? "+" : "") + decimal(v, 2, 0);
    }

    /** 17512432000 → "17.512.432.000 đồng". */
    public static String money(BigDecimal v) {
        return v == null ? "" : decimal(v, 0, 0) + " đồng";
    }

    /** 2022-06-24 → "24/06/2022". */
    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}
