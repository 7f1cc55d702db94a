package vn.dxportal.render;

import vn.dxportal.metrics.Aggregate;
import vn.dxportal.metrics.Derived;
import vn.dxportal.metrics.Figure;
import vn.dxportal.model.Part;
import vn.dxportal.model.Kind;
import vn.dxportal.model.PeriodKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What templates call to show figures the Vietnamese way ({@code fmt.percent(x)}), to render Markdown and to
 * draw charts. One instance serves every page, on any thread; it remembers only the comparison charts lately drawn.
 */
public final class Helpers {
    // Templates pass missing values as x! (Freemarker's "empty" default, not null): anything that is not the
    // expected type formats as "".
    public String number(Object v) { return Formats.number(decimal(v)); }

    public String percent(Object v) { return Formats.percent(decimal(v)); }

    public String money(Object v) { return Formats.money(decimal(v)); }

    public String date(Object d) { return d instanceof LocalDate ld ? Formats.date(ld) : ""; }

    private static BigDecimal decimal(Object v) { return v instanceof BigDecimal b ? b : null; }

    public String points(BigDecimal v) { return Formats.points(v); }

    /** {@code part} as a share of {@code whole} ("44,72%"), computed here rather than taken from a report; "" when undefined. */
    public String share(Object part, Object whole) {
        BigDecimal p = vn.dxportal.metrics.Ratios.percent(decimal(part), decimal(whole));
        return p == null ? "" : Formats.percent(p);
    }

    public String period(String id) { return PeriodKind.labelVi(id); }

    public String periodEn(String id) { return PeriodKind.labelEn(id); }

    public String markdown(String md) { return Markdown.toHtml(md); }

    /** The diacritic-folded slug of a name ("Tin hoạt động" → "tin-hoat-dong"), as category and tag pages are named. */
    public String slug(String text) { return text == null ? "" : vn.dxportal.content.Slugs.slugify(text); }

    /** The figure as a citizen should read it: "89,65%" for a ratio, "6.322 hồ sơ" for a count, "Có"/"Không" for yes/no. */
    public String value(Figure f) {
        if (f.indicator().kind() == Kind.RATIO) {
            if (f.undefinedRatio()) return "không xác định";
            return f.percent() == null ? "chưa có số liệu" : Formats.percent(f.percent());
        }
        if (f.indicator().kind() == Kind.BOOLEAN) return f.observation().flag() == null ? "chưa có số liệu" : (f.observation().flag() ? "Có" : "Không");
        if (f.value() == null) return "chưa có số liệu";
        if (f.indicator().kind() == Kind.MONEY) return Formats.money(f.value());
        return Formats.number(f.value()) + (f.indicator().unit() == null ? "" : " " + f.indicator().unit());
    }

    /** The target in the indicator's terms ("85%", "1.000 tài khoản"), or "" when there is none. */
    public String target(Figure f) {
        BigDecimal t = f.observation().target();
        if (t == null) return "";
        if (f.indicator().kind() == Kind.RATIO) return Formats.percent(t);
        if (f.indicator().kind() == Kind.MONEY) return Formats.money(t);
        return Formats.number(t) + (f.indicator().unit() == null ? "" : " " + f.indicator().unit());
    }

    /** Difference to target: percentage points for ratios, plain signed numbers otherwise. */
    public String difference(Figure f) {
        if (f.difference() == null) return "";
        return f.indicator().kind() == Kind.RATIO ? Formats.points(f.difference()) : Formats.signed(f.difference());
    }

    public String change(Figure f) {
        if (f.change() == null) return "";
        return f.indicator().kind() == Kind.RATIO ? Formats.points(f.change()) : Formats.signed(f.change());
    }

    /** The figure's cells as a figure table row shows them, each formatted once (see {@link FigureCells}). */
    public FigureCells cells(Figure f) { return new FigureCells(f, this); }

    /** A bar chart of ratio figures against their targets (an SVG string; templates output it with ?no_esc). */
    public String ratioChart(String id, String title, List<Figure> figures) {
        List<Charts.Bar> bars = figures.stream().filter(f -> f.indicator().kind() == Kind.RATIO && f.percent() != null)
                .map(f -> new Charts.Bar(f.indicator().name() + (f.scope() == null ? "" : " (" + f.scope() + ")"),
                        f.percent(), f.observation().target(), Formats.percent(f.percent()), target(f)))
                .toList();
        if (bars.isEmpty()) return "";
        return Charts.bars(id, title, "Biểu đồ thanh: tỷ lệ đạt được của " + bars.size()
                + " chỉ tiêu; vạch đứt là chỉ tiêu kế hoạch. Số liệu:", bars, BigDecimal.valueOf(100));
    }

    /** One indicator across periods, oldest first; empty unless there are two or more periods to compare. */
    public String trendChart(String id, String title, List<Figure> history) {
        List<Figure> withValues = history.stream().filter(f -> f.value() != null).toList();
        if (withValues.size() < 2) return "";
        boolean ratio = withValues.get(0).indicator().kind() == Kind.RATIO;
        List<Charts.Bar> bars = withValues.stream()
                .map(f -> new Charts.Bar(PeriodKind.labelVi(f.period()), f.value(), f.observation().target(), value(f), target(f)))
                .toList();
        return Charts.bars(id, title, "Biểu đồ xu hướng qua " + bars.size() + " kỳ báo cáo. Số liệu:", bars,
                ratio ? BigDecimal.valueOf(100) : null);
    }

    /** The portal-wide sum (or median) per period; empty unless two or more periods have figures. */
    public String aggregateTrendChart(String id, String title, List<Aggregate> trend) {
        List<Aggregate> withValues = trend.stream().filter(a -> a.result() != null).toList();
        if (withValues.size() < 2) return "";
        boolean ratio = withValues.get(0).indicator().kind() == Kind.RATIO;
        List<Charts.Bar> bars = withValues.stream()
                .map(a -> new Charts.Bar(PeriodKind.labelVi(a.periodId()) + " (" + a.reporting() + " đơn vị)", a.result(), null, aggregate(a)))
                .toList();
        String how = withValues.get(0).median() ? "trung vị các đơn vị" : "tổng hợp toàn cổng";
        return Charts.bars(id, title, "Biểu đồ xu hướng: " + how + " qua " + bars.size() + " kỳ. Số liệu:", bars,
                ratio ? BigDecimal.valueOf(100) : null);
    }

    /** Units compared on one indicator, best first; the page's own unit (if any) is marked. */
    public String compareChart(String id, String title, List<Derived.Comparison> rows, String currentUnit) {
        if (rows.isEmpty()) return "";
        Charts.Drawn drawn = comparisons.get(new ComparisonKey(rows, id, title, currentUnit != null), () -> {
            boolean ratio = rows.get(0).figure().indicator().kind() == Kind.RATIO;
            List<Charts.Bar> bars = rows.stream()
                    .map(r -> new Charts.Bar(r.unit().info().displayShortName() + " (" + PeriodKind.labelVi(r.period().id()) + ")",
                            r.figure().value(), r.figure().observation().target(), value(r.figure()), target(r.figure())))
                    .toList();
            return Charts.draw(id, title, "Biểu đồ thanh so sánh " + bars.size() + " đơn vị, xếp từ tốt nhất"
                    + (currentUnit == null ? "" : "; đơn vị đang xem có dấu ◀") + ". Số liệu:", bars, ratio ? BigDecimal.valueOf(100) : null);
        });
        return drawn.svg(k -> rows.get(k).unit().slug().equals(currentUnit));
    }

    /**
     * The comparison charts drawn lately, by their rows: siblings share one list of rows per indicator (see
     * UnitPages.peers), and each sibling's page shows the same chart with its own bar marked. A national portal
     * has about 2,500 such lists (63 provinces × 40 indicators), drawn 27,000 times without this.
     */
    private final RecentlyUsed<ComparisonKey, Charts.Drawn> comparisons = new RecentlyUsed<>(4096);

    /** How many comparison charts are remembered (for tests: siblings share one). */
    int comparisonsDrawn() { return comparisons.size(); }

    /** A comparison chart's inputs: the very list of rows (not an equal one: comparing rows costs more than drawing), and its wording. */
    private record ComparisonKey(List<Derived.Comparison> rows, String id, String title, boolean marked) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ComparisonKey k && k.rows == rows && k.marked == marked && k.id.equals(id) && k.title.equals(title);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(rows) * 31 + id.hashCode();
        }
    }

    /** Budget lines or funding sources as bars, in đồng. */
    public String moneyChart(String id, String title, List<Part> parts) {
        List<Charts.Bar> bars = parts.stream().filter(p -> p.value() != null)
                .map(p -> new Charts.Bar(p.label(), p.value(), null, Formats.money(p.value()))).toList();
        if (bars.isEmpty()) return "";
        return Charts.bars(id, title, "Biểu đồ thanh: " + bars.size() + " khoản, tính bằng đồng. Số liệu:", bars, null);
    }

    /** Aggregated figure as shown: a percentage for ratios, a count or amount otherwise. */
    public String aggregate(Aggregate a) {
        BigDecimal r = a.result();
        if (a.indicator().kind() == Kind.RATIO) return r == null ? "không xác định" : Formats.percent(r);
        if (a.indicator().kind() == Kind.MONEY) return Formats.money(r);
        return Formats.number(r) + (a.indicator().unit() == null ? "" : " " + a.indicator().unit());
    }
}
