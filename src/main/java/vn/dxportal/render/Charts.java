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
    /** One bar: a label, its value, an optional target, and its value and target as shown. */
    public record Bar(String label, BigDecimal value, BigDecimal target, String valueText, String targetText) {
        public Bar(String label, BigDecimal value, BigDecimal target, String valueText) { this(label, value, target, valueText, null); }
    }

    private static final int LABEL_H = 16;
    private static final int BAR_H = 16;
    private static final int GAP = 10;
    private static final int WIDTH = 420;  // narrow on purpose: on a 320 px phone the text still reads at ~9 px
    private static final int VALUE_W = 80;
    private static final int ROW = LABEL_H + BAR_H + GAP;

    private Charts() {}

    /**
     * Horizontal bars, each under its full label (long Vietnamese indicator names stay readable on a phone),
     * scaled to the largest value or target (at least {@code floor}, e.g. 100 for percentages).
     * {@code id} must be unique in the page; it ties the title and description to the chart.
     */
    public static String bars(String id, String title, String description, List<Bar> bars, BigDecimal floor) {
        return draw(id, title, description, bars, floor).svg(k -> false);
    }

    /**
     * A bar chart drawn once with no bar highlighted: its head (frame, title, description) and each bar's markup
     * apart, so that charts which differ only in the highlighted bar (a unit and its siblings, each marking itself
     * in the same comparison) are drawn once and only the marked bar is drawn again.
     */
    public record Drawn(String head, List<String> plainBars, List<Bar> bars, BigDecimal max) {
        /** The whole SVG with the bars whose index is {@code highlighted} marked as the page's own unit (◀). */
        public String svg(java.util.function.IntPredicate highlighted) {
            int length = head.length() + 6;
            for (String bar : plainBars) length += bar.length() + 40;
            StringBuilder s = new StringBuilder(length);
            s.append(head);
            for (int k = 0; k < plainBars.size(); k++) {
                if (!highlighted.test(k)) s.append(plainBars.get(k));
                else bar(s, bars.get(k), true, k, max);
            }
            return s.append("</svg>").toString();
        }
    }

    /** {@link #bars}, kept as pieces ({@link Drawn}). */
    public static Drawn draw(String id, String title, String description, List<Bar> bars, BigDecimal floor) {
        BigDecimal max = floor == null ? BigDecimal.ZERO : floor;
        for (Bar b : bars) {
            if (b.value() != null && b.value().compareTo(max) > 0) max = b.value();
            if (b.target() != null && b.target().compareTo(max) > 0) max = b.target();
        }
        if (max.signum() == 0) max = BigDecimal.ONE;
        int height = bars.size() * ROW + 4;
        StringBuilder head = new StringBuilder(512);
        head.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"").append(id).append("-t\">").append(Svg.esc(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-d\">").append(Svg.esc(description + " " + figures(bars))).append("</desc>");
        List<String> plain = new java.util.ArrayList<>(bars.size());
        StringBuilder one = new StringBuilder(400); // about what a bar takes
        for (int k = 0; k < bars.size(); k++) {
            one.setLength(0);
            plain.add(bar(one, bars.get(k), false, k, max).toString());
        }
        return new Drawn(head.toString(), List.copyOf(plain), List.copyOf(bars), max);
    }

    /** Bar {@code k} (its label, bar, value and target line), appended to {@code s}. */
    private static StringBuilder bar(StringBuilder s, Bar b, boolean highlight, int k, BigDecimal max) {
        int plot = WIDTH - VALUE_W;
        int top = k * ROW;
        s.append("<text x=\"0\" y=\"").append(top + LABEL_H - 4).append("\" class=\"chart-label\">")
                .append(Svg.esc(shorten(b.label()) + (highlight ? " ◀" : ""))).append("</text>");
        int barTop = top + LABEL_H;
        int mid = barTop + BAR_H - 3;
        if (b.value() != null) {
            int w = scale(b.value(), max, plot);
            s.append("<rect x=\"0\" y=\"").append(barTop).append("\" width=\"").append(w)
                    .append("\" height=\"").append(BAR_H).append("\" class=\"").append(highlight ? "chart-bar chart-bar-current" : "chart-bar").append("\"/>");
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
        return s;
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
