package vn.dxportal.metrics;

import vn.dxportal.content.YamlDocument;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Diagnostics;
import vn.dxportal.diag.Msg;
import vn.dxportal.diag.Text;
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
    private static final Text BUDGET = Text.of("tổng kinh phí", "total budget");

    private Consistency() {}

    /** A number as each language writes it: 6.322 / 6,322 and 89,64% / 89.64%. */
    private static Text num(BigDecimal v) { return Text.of(number(v), english(number(v))); }

    private static Text pct(BigDecimal v, int decimals) { return Text.of(percent(v, decimals), english(percent(v, decimals))); }

    /** Swaps the vi-VN separators (thousands '.', decimals ',') for English ones. */
    private static String english(String vi) { return vi.replace('.', '\u0000').replace(',', '.').replace('\u0000', ','); }

    static void check(Period period, List<Figure> figures, Diagnostics out) {
        YamlDocument doc = period.source();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            Observation o = f.observation();
            String at = "/indicators/" + i;
            if (f.indicator().kind() == Kind.RATIO && o.numerator() != null && o.denominator() != null
                    && o.numerator().compareTo(o.denominator()) > 0) {
                out.add(Diagnostic.warning(Msg.NUMERATOR_EXCEEDS_DENOMINATOR, doc.at(at + "/numerator"), num(o.numerator()), num(o.denominator())));
            }
            BigDecimal stated = o.stated().percent();
            if (f.computed() && stated != null) {
                int decimals = Ratios.decimalsOf(stated, o.stated().decimals());
                if (!Ratios.statedMatches(stated, f.percent(), decimals)) {
                    out.add(Diagnostic.warning(Msg.STATED_PERCENT_MISMATCH, doc.at(at + "/stated/percent"), pct(stated, decimals),
                            num(o.numerator()), num(o.denominator()), pct(f.percent(), Math.max(decimals, 2))));
                }
            }
            if (!f.computed() && stated != null && f.indicator().kind() != Kind.RATIO && o.number() != null && o.target() != null) {
                BigDecimal ofTarget = Ratios.percent(o.number(), o.target());
                int decimals = Ratios.decimalsOf(stated, o.stated().decimals());
                if (ofTarget != null && !Ratios.statedMatches(stated, ofTarget, decimals)) {
                    out.add(Diagnostic.warning(Msg.STATED_PERCENT_OF_TARGET, doc.at(at + "/stated/percent"), pct(stated, decimals),
                            num(o.number()), num(o.target()), pct(ofTarget, Math.max(decimals, 2))));
                }
            }
            if (o.stated().status() != null && !f.status().agreesWith(o.stated().status())) {
                out.add(Diagnostic.warning(Msg.STATED_STATUS_MISMATCH, doc.at(at + "/stated/status"), o.stated().status(),
                        Text.of(f.status().vi(), f.status().en())));
            }
            if (o.stated().difference() != null && f.difference() != null) {
                int decimals = Ratios.decimalsOf(o.stated().difference(), o.stated().decimals());
                if (!Ratios.statedMatches(o.stated().difference().abs(), f.difference().abs(), decimals)) {
                    out.add(Diagnostic.warning(Msg.STATED_DIFFERENCE_MISMATCH, doc.at(at + "/stated/difference"),
                            num(o.stated().difference()), num(Ratios.round(f.difference(), 2))));
                }
            }
            if (o.number() != null) parts(doc, at + "/parts", o.parts(), o.number(), Text.of("giá trị", "value"), out);
        }
        PeriodData data = period.data();
        if (data.budget() != null && data.budget().total() != null) {
            parts(doc, "/budget/items", data.budget().items(), data.budget().total(), BUDGET, out);
            parts(doc, "/budget/sources", data.budget().sources(), data.budget().total(), BUDGET, out);
        }
        if (data.teams() != null && data.teams().count() != null) parts(doc, "/teams/parts", data.teams().parts(), data.teams().count(), Text.of("tổng số tổ", "number of teams"), out);
        List<PeriodData.ServiceRow> services = data.services();
        for (int i = 0; i < services.size(); i++) {
            PeriodData.ServiceRow s = services.get(i);
            BigDecimal computed = Ratios.percent(s.online(), s.received());
            if (computed != null && s.statedOnlinePercent() != null
                    && !Ratios.statedMatches(s.statedOnlinePercent(), computed, Ratios.decimalsOf(s.statedOnlinePercent(), null))) {
                out.add(Diagnostic.warning(Msg.STATED_ONLINE_PERCENT, doc.at("/services/" + i + "/stated_online_percent"),
                        pct(s.statedOnlinePercent(), 2), num(s.online()), num(s.received()), pct(computed, 2)));
            }
        }
    }

    private static void parts(YamlDocument doc, String pointer, List<Part> parts, BigDecimal total, Text what, Diagnostics out) {
        if (parts.isEmpty() || parts.stream().anyMatch(p -> p.value() == null)) return;
        BigDecimal sum = parts.stream().map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0) {
            out.add(Diagnostic.warning(Msg.PARTS_SUM_MISMATCH, doc.at(pointer), num(sum), what, num(total), num(total.subtract(sum))));
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
                        out.add(Diagnostic.warning(Msg.PARENT_SUM_MISMATCH, period.source().at("/indicators/" + i),
                                units.get(parent.slug()).info().name(), num(f.value()), num(sum)));
                    }
                }
            }
        }
    }
}
