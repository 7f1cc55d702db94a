package vn.dxportal.metrics;

import vn.dxportal.content.YamlDocument;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Diagnostics;
import vn.dxportal.model.Kind;
import vn.dxportal.model.Observation;
import vn.dxportal.model.Part;
import vn.dxportal.model.Period;
import vn.dxportal.model.PeriodData;
import vn.dxportal.model.Portal;
import vn.dxportal.model.Unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static vn.dxportal.render.Formats.number;
import static vn.dxportal.render.Formats.percent;

/**
 * Where a report's own figures disagree with each other. These are warnings, not errors: the report is
 * published as it was written, and the portal's data-quality page lists every disagreement.
 */
final class Consistency {
    private Consistency() {}

    static void check(Period period, List<Figure> figures, Diagnostics out) {
        YamlDocument doc = period.source();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            Observation o = f.observation();
            String at = "/indicators/" + i;
            if (f.indicator().kind() == Kind.RATIO && o.numerator() != null && o.denominator() != null
                    && o.numerator().compareTo(o.denominator()) > 0) {
                out.add(Diagnostic.warning("NUMERATOR_EXCEEDS_DENOMINATOR", doc.at(at + "/numerator"),
                        "Tử số " + number(o.numerator()) + " lớn hơn mẫu số " + number(o.denominator()) + " của một tỷ lệ.",
                        "Đối chiếu lại với báo cáo; nếu báo cáo ghi như vậy, giữ nguyên để cổng hiển thị đúng văn bản."));
            }
            BigDecimal stated = o.stated().percent();
            if (f.computed() && stated != null) {
                int decimals = Ratios.decimalsOf(stated, o.stated().decimals());
                if (!Ratios.statedMatches(stated, f.percent(), decimals)) {
                    out.add(Diagnostic.warning("STATED_PERCENT_MISMATCH", doc.at(at + "/stated/percent"),
                            "Báo cáo nêu " + percent(stated, decimals) + " nhưng " + number(o.numerator()) + "/" + number(o.denominator())
                                    + " = " + percent(f.percent(), Math.max(decimals, 2)) + ".",
                            "Giữ nguyên số liệu như báo cáo; cổng ghi nhận chênh lệch trên trang chất lượng dữ liệu."));
                }
            }
            if (!f.computed() && stated != null && f.indicator().kind() != Kind.RATIO && o.number() != null && o.target() != null) {
                BigDecimal ofTarget = Ratios.percent(o.number(), o.target());
                int decimals = Ratios.decimalsOf(stated, o.stated().decimals());
                if (ofTarget != null && !Ratios.statedMatches(stated, ofTarget, decimals)) {
                    out.add(Diagnostic.warning("STATED_PERCENT_MISMATCH", doc.at(at + "/stated/percent"),
                            "Báo cáo nêu đạt " + percent(stated, decimals) + " chỉ tiêu nhưng " + number(o.number()) + "/" + number(o.target())
                                    + " = " + percent(ofTarget, Math.max(decimals, 2)) + ".",
                            "Giữ nguyên số liệu như báo cáo; cổng ghi nhận chênh lệch trên trang chất lượng dữ liệu."));
                }
            }
            if (o.stated().status() != null && !f.status().agreesWith(o.stated().status())) {
                out.add(Diagnostic.warning("STATED_STATUS_MISMATCH", doc.at(at + "/stated/status"),
                        "Báo cáo đánh giá '" + o.stated().status() + "' nhưng số liệu cho thấy '" + f.status().vi() + "'.",
                        "Kiểm tra chỉ tiêu (target) và số liệu; nếu báo cáo ghi như vậy, giữ nguyên."));
            }
            if (o.stated().difference() != null && f.difference() != null) {
                int decimals = Ratios.decimalsOf(o.stated().difference(), o.stated().decimals());
                if (!Ratios.statedMatches(o.stated().difference().abs(), f.difference().abs(), decimals)) {
                    out.add(Diagnostic.warning("STATED_DIFFERENCE_MISMATCH", doc.at(at + "/stated/difference"),
                            "Báo cáo nêu chênh lệch " + number(o.stated().difference()) + " điểm % so với chỉ tiêu, số liệu cho "
                                    + number(Ratios.round(f.difference(), 2)) + ".", "Giữ nguyên số liệu như báo cáo."));
                }
            }
            if (o.number() != null) parts(doc, at + "/parts", o.parts(), o.number(), "giá trị", out);
        }
        PeriodData data = period.data();
        if (data.budget() != null && data.budget().total() != null) {
            parts(doc, "/budget/items", data.budget().items(), data.budget().total(), "tổng kinh phí", out);
            parts(doc, "/budget/sources", data.budget().sources(), data.budget().total(), "tổng kinh phí", out);
        }
        if (data.teams() != null && data.teams().count() != null) parts(doc, "/teams/parts", data.teams().parts(), data.teams().count(), "tổng số tổ", out);
        List<PeriodData.ServiceRow> services = data.services();
        for (int i = 0; i < services.size(); i++) {
            PeriodData.ServiceRow s = services.get(i);
            BigDecimal computed = Ratios.percent(s.online(), s.received());
            if (computed != null && s.statedOnlinePercent() != null
                    && !Ratios.statedMatches(s.statedOnlinePercent(), computed, Ratios.decimalsOf(s.statedOnlinePercent(), null))) {
                out.add(Diagnostic.warning("STATED_PERCENT_MISMATCH", doc.at("/services/" + i + "/stated_online_percent"),
                        "Báo cáo nêu tỷ lệ trực tuyến " + percent(s.statedOnlinePercent(), 2) + " nhưng " + number(s.online()) + "/"
                                + number(s.received()) + " = " + percent(computed, 2) + ".", "Giữ nguyên số liệu như báo cáo."));
            }
        }
    }

    private static void parts(YamlDocument doc, String pointer, List<Part> parts, BigDecimal total, String what, Diagnostics out) {
        if (parts.isEmpty() || parts.stream().anyMatch(p -> p.value() == null)) return;
        BigDecimal sum = parts.stream().map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0) {
            out.add(Diagnostic.warning("PARTS_SUM_MISMATCH", doc.at(pointer),
                    "Các phần cộng lại được " + number(sum) + ", khác " + what + " báo cáo nêu là " + number(total)
                            + " (chênh " + number(total.subtract(sum)) + ").",
                    "Đối chiếu từng phần với báo cáo; nếu báo cáo ghi như vậy, giữ nguyên."));
        }
    }

    /**
     * A parent's own stated count that is smaller than the sum of its children's for the same period. A portal
     * rarely holds every child of a province, so a smaller sum proves nothing; a larger one is a contradiction.
     */
    static void checkParents(Portal portal, Map<String, List<Figure>> byPeriod, Diagnostics out) {
        Map<String, Unit> units = portal.unitsBySlug();
        for (Unit parent : portal.units()) {
            List<Unit> children = portal.units().stream().filter(u -> parent.slug().equals(u.info().parent())).toList();
            if (children.isEmpty()) continue;
            for (Period period : parent.periods()) {
                List<Figure> own = byPeriod.get(parent.slug() + "/" + period.id());
                for (int i = 0; i < own.size(); i++) {
                    Figure f = own.get(i);
                    if (!f.isUnitWide() || !f.indicator().summable() || f.indicator().kind() == Kind.RATIO || f.value() == null) continue;
                    BigDecimal sum = BigDecimal.ZERO;
                    for (Unit child : children) {
                        for (Figure cf : byPeriod.getOrDefault(child.slug() + "/" + period.id(), List.of())) {
                            if (cf.isUnitWide() && cf.indicator().id().equals(f.indicator().id()) && cf.value() != null) {
                                sum = sum.add(cf.value());
                            }
                        }
                    }
                    if (sum.compareTo(f.value()) > 0) {
                        out.add(Diagnostic.warning("PARENT_SUM_MISMATCH", period.source().at("/indicators/" + i),
                                units.get(parent.slug()).info().name() + " nêu " + number(f.value()) + " nhưng riêng các đơn vị trực thuộc trên cổng đã cộng được "
                                        + number(sum) + ".",
                                "Đối chiếu số liệu của đơn vị cấp trên với các đơn vị trực thuộc."));
                    }
                }
            }
        }
    }
}
