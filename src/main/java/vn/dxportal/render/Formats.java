package vn.dxportal.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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
     * The formats in use, one set per thread (DecimalFormat is not thread-safe, and building one costs more than
     * formatting a number with it): indexed by maxDecimals * 5 + minDecimals.
     */
    private static final ThreadLocal<DecimalFormat[]> FORMATS = ThreadLocal.withInitial(() -> new DecimalFormat[25]);

    private static DecimalFormat format(int maxDecimals, int minDecimals) {
        DecimalFormat[] cache = FORMATS.get();
        int key = maxDecimals * 5 + minDecimals;
        if (maxDecimals > 4 || minDecimals > 4) return newFormat(maxDecimals, minDecimals);
        if (cache[key] == null) cache[key] = newFormat(maxDecimals, minDecimals);
        return cache[key];
    }

    private static DecimalFormat newFormat(int maxDecimals, int minDecimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setMaximumFractionDigits(maxDecimals);
        f.setMinimumFractionDigits(minDecimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    /** 6322 → "6.322"; 98.4 → "98,4" (up to 2 decimals, no trailing zeros). */
    public static String number(BigDecimal v) {
        return v == null ? "" : format(2, 0).format(v);
    }

    /** 89.6483 → "89,65%" with the given decimals. */
    public static String percent(BigDecimal v, int decimals) {
        return v == null ? "" : format(decimals, decimals).format(v) + "%";
    }

    /** A percentage with two decimals, trailing zeros dropped: 100 → "100%", 89.6483 → "89,65%". */
    public static String percent(BigDecimal v) {
        return v == null ? "" : format(2, 0).format(v) + "%";
    }

    /** Signed percentage points: "+4,64 điểm %" / "-1,2 điểm %". */
    public static String points(BigDecimal v) {
        if (v == null) return "";
        return (v.signum() > 0 ? "+" : "") + format(2, 0).format(v) + " điểm %";
    }

    /** A signed change: "+1.234" / "-5". */
    public static String signed(BigDecimal v) {
        if (v == null) return "";
        return (v.signum() > 0 ? "+" : "") + format(2, 0).format(v);
    }

    /** 17512432000 → "17.512.432.000 đồng". */
    public static String money(BigDecimal v) {
        return v == null ? "" : format(0, 0).format(v) + " đồng";
    }

    /** 2022-06-24 → "24/06/2022". */
    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}
