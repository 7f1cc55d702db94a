package vn.dxportal.render;

import vn.dxportal.metrics.Figure;
import vn.dxportal.model.Kind;
import vn.dxportal.model.PeriodKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What templates call to show figures the Vietnamese way ({@code fmt.percent(x)}), to render Markdown and to
 * draw charts. Stateless; one instance serves every page.
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

    public String period(String id) { return PeriodKind.labelVi(id); }

    public String periodEn(String id) { return PeriodKind.labelEn(id); }

    public String markdown(String md) { return Markdown.toHtml(md); }

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

    /** A bar chart of ratio figures against their targets (an SVG string; templates output it with ?no_esc). */
    public String ratioChart(String id, String title, List<Figure> figures) {
        List<Charts.Bar> bars = figures.stream().filter(f -> f.indicator().kind() == Kind.RATIO && f.percent() != null)
                .map(f -> new Charts.Bar(f.indicator().name() + (f.scope() == null ? "" : " (" + f.scope() + ")"),
                        f.percent(), f.observation().target(), Formats.percent(f.percent())))
                .toList();
        if (bars.isEmpty()) return "";
        String desc = "Biểu đồ thanh: tỷ lệ đạt được của " + bars.size() + " chỉ tiêu; vạch đứt là chỉ tiêu kế hoạch. Số liệu chi tiết ở bảng bên dưới.";
        return Charts.bars(id, title, desc, bars, BigDecimal.valueOf(100));
    }

    /** A chart comparing units on one indicator. */
    public String compareChart(String id, String title, List<Charts.Bar> bars, boolean percent) {
        if (bars.isEmpty()) return "";
        String desc = "Biểu đồ thanh so sánh " + bars.size() + " đơn vị. Số liệu chi tiết ở bảng bên dưới.";
        return Charts.bars(id, title, desc, bars, percent ? BigDecimal.valueOf(100) : null);
    }

    public Charts.Bar bar(String label, Object value, Object target, String text) { return new Charts.Bar(label, decimal(value), decimal(target), text); }
}
