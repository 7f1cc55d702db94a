package vn.dxportal.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Inline SVG charts made at build time: readable without JavaScript, printable, with a title and description
 * for screen readers (the same data is always also in a table next to the chart). Colours come from the
 * Okabe–Ito palette, safe for colour-blind readers; the target is a dashed line, not a colour.
 */
public final class Charts {
    /** One bar: a label, its value, an optional target, its value as shown, and whether it is the page's own unit. */
    public record Bar(String label, BigDecimal value, BigDecimal target, String valueText, String targetText, boolean highlight) {
        public Bar(String label, BigDecimal value, BigDecimal target, String valueText) { this(label, value, target, valueText, null, false); }
    }

    private static final int LABEL_H = 16;
    private static final int BAR_H = 16;
    private static final int GAP = 10;
    private static final int WIDTH = 420;  // narrow on purpose: on a 320 px phone the text still reads at ~9 px
    private static final int VALUE_W = 80;

    private Charts() {}

    /**
     * Horizontal bars, each under its full label (long Vietnamese indicator names stay readable on a phone),
     * scaled to the largest value or target (at least {@code floor}, e.g. 100 for percentages).
     * {@code id} must be unique in the page; it ties the title and description to the chart.
     */
    public static String bars(String id, String title, String description, List<Bar> bars, BigDecimal floor) {
        BigDecimal max = floor == null ? BigDecimal.ZERO : floor;
        for (Bar b : bars) {
            if (b.value() != null && b.value().compareTo(max) > 0) max = b.value();
            if (b.target() != null && b.target().compareTo(max) > 0) max = b.target();
        }
        if (max.signum() == 0) max = BigDecimal.ONE;
        int plot = WIDTH - VALUE_W;
        int row = LABEL_H + BAR_H + GAP;
        int height = bars.size() * row + 4;
        StringBuilder s = new StringBuilder(512 + bars.size() * 400); // about what a bar takes: not copied as it grows
        s.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"").append(id).append("-t\">").append(Svg.esc(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-d\">").append(Svg.esc(description + " " + figures(bars))).append("</desc>");
        int top = 0;
        for (Bar b : bars) {
            s.append("<text x=\"0\" y=\"").append(top + LABEL_H - 4).append("\" class=\"chart-label\">")
                    .append(Svg.esc(shorten(b.label()) + (b.highlight() ? " ◀" : ""))).append("</text>");
            int barTop = top + LABEL_H;
            int mid = barTop + BAR_H - 3;
            if (b.value() != null) {
                int w = scale(b.value(), max, plot);
                s.append("<rect x=\"0\" y=\"").append(barTop).append("\" width=\"").append(w)
                        .append("\" height=\"").append(BAR_H).append("\" class=\"").append(b.highlight() ? "chart-bar chart-bar-current" : "chart-bar").append("\"/>");
                s.append("<text x=\"").append(w + 6).append("\" y=\"").append(mid).append("\" class=\"chart-value\">")
                        .append(Svg.esc(b.valueText())).append("</text>");
            } else {
                s.append("<text x=\"0\" y=\"").append(mid).append("\" class=\"chart-value\">chưa có số liệu</text>");
            }
            if (b.target() != null) {
                int x = scale(b.target(), max, plot);
                s.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(barTop - 2).append("\" y2=\"")
                        .append(barTop + BAR_H + 2).append("\" class=\"chart-target\"/>");
            }
            top += row;
        }
        return s.append("</svg>").toString();
    }

    /** The figures in words for the description: "Lâm Thao: 89,65% (chỉ tiêu 85%); …". */
    private static String figures(List<Bar> bars) {
        StringBuilder b = new StringBuilder();
        for (Bar bar : bars) {
            if (b.length() > 0) b.append("; ");
            b.append(bar.label()).append(": ").append(bar.value() == null ? "chưa có số liệu" : bar.valueText());
            if (bar.targetText() != null && !bar.targetText().isEmpty()) b.append(" (chỉ tiêu ").append(bar.targetText()).append(')');
        }
        return b.append('.').toString();
    }

    private static int scale(BigDecimal v, BigDecimal max, int plot) {
        if (v.signum() <= 0) return 0;
        return v.multiply(BigDecimal.valueOf(plot)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }

    private static String shorten(String label) {
        return label.length() <= 62 ? label : label.substring(0, 61) + "…";
    }
}
