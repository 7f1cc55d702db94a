package vn.dxportal.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Inline SVG charts made at build time: readable without JavaScript, printable, with a title and description
 * for screen readers (the same data is always also in a table next to the chart). Colours come from the
 * Okabe–Ito palette, safe for colour-blind readers; the target is a dashed line, not a colour.
 */
public final class Charts {
    /** One bar: a label, its value, an optional target, and whether it is highlighted. */
    public record Bar(String label, BigDecimal value, BigDecimal target, String valueText) {}

    private static final int LABEL_W = 150;
    private static final int BAR_H = 22;
    private static final int GAP = 8;
    private static final int WIDTH = 640;

    private Charts() {}

    /**
     * Horizontal bars, scaled to the largest value or target (at least {@code floor}, e.g. 100 for percentages).
     * {@code id} must be unique in the page; it ties the title and description to the chart.
     */
    public static String bars(String id, String title, String description, List<Bar> bars, BigDecimal floor) {
        BigDecimal max = floor == null ? BigDecimal.ZERO : floor;
        for (Bar b : bars) {
            if (b.value() != null && b.value().compareTo(max) > 0) max = b.value();
            if (b.target() != null && b.target().compareTo(max) > 0) max = b.target();
        }
        if (max.signum() == 0) max = BigDecimal.ONE;
        int plot = WIDTH - LABEL_W - 90;
        int height = bars.size() * (BAR_H + GAP) + GAP;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"").append(id).append("-t\">").append(Svg.esc(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-d\">").append(Svg.esc(description)).append("</desc>");
        AtomicInteger y = new AtomicInteger(GAP);
        for (Bar b : bars) {
            int top = y.get();
            int mid = top + BAR_H / 2 + 5;
            s.append("<text x=\"").append(LABEL_W - 6).append("\" y=\"").append(mid).append("\" text-anchor=\"end\" class=\"chart-label\">")
                    .append(Svg.esc(shorten(b.label()))).append("</text>");
            if (b.value() != null) {
                int w = scale(b.value(), max, plot);
                s.append("<rect x=\"").append(LABEL_W).append("\" y=\"").append(top).append("\" width=\"").append(w)
                        .append("\" height=\"").append(BAR_H).append("\" class=\"chart-bar\"/>");
                s.append("<text x=\"").append(LABEL_W + w + 6).append("\" y=\"").append(mid).append("\" class=\"chart-value\">")
                        .append(Svg.esc(b.valueText())).append("</text>");
            } else {
                s.append("<text x=\"").append(LABEL_W + 6).append("\" y=\"").append(mid).append("\" class=\"chart-value\">chưa có số liệu</text>");
            }
            if (b.target() != null) {
                int x = LABEL_W + scale(b.target(), max, plot);
                s.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(top - 3).append("\" y2=\"")
                        .append(top + BAR_H + 3).append("\" class=\"chart-target\"/>");
            }
            y.addAndGet(BAR_H + GAP);
        }
        return s.append("</svg>").toString();
    }

    private static int scale(BigDecimal v, BigDecimal max, int plot) {
        if (v.signum() <= 0) return 0;
        return v.multiply(BigDecimal.valueOf(plot)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }

    private static String shorten(String label) {
        return label.length() <= 24 ? label : label.substring(0, 23) + "…";
    }
}
