package vn.dxportal.metrics;

import vn.dxportal.model.Indicator;
import vn.dxportal.model.Kind;
import vn.dxportal.model.Period;
import vn.dxportal.model.Portal;
import vn.dxportal.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Sums children's figures into their parent, for indicators whose catalogue entry says {@code aggregate: sum}. */
final class Aggregates {
    private Aggregates() {}

    /**
     * Each unit's unit-wide figure per period and indicator (slug → period id → indicator id → figure), looked up
     * once for all the sums: a national portal asks for one over two hundred thousand times per derive, and the
     * keys here are the model's own strings, whose hashes are known, not a "slug/period" made anew each time.
     */
    static final class UnitWide {
        private final Map<String, Map<String, Map<String, Figure>>> byUnit = new HashMap<>();

        UnitWide(Portal portal, Map<String, List<Figure>> figures) {
            for (Unit u : portal.units()) {
                Map<String, Map<String, Figure>> byPeriod = new HashMap<>();
                for (Period p : u.periods()) {
                    List<Figure> list = figures.get(u.slug() + "/" + p.id());
                    if (list == null) continue;
                    Map<String, Figure> byIndicator = new HashMap<>();
                    // The first unit-wide figure of an indicator is the one, as a scan of the list would find it.
                    for (Figure f : list) if (f.isUnitWide()) byIndicator.putIfAbsent(f.indicator().id(), f);
                    byPeriod.put(p.id(), byIndicator);
                }
                byUnit.put(u.slug(), byPeriod);
            }
        }

        Figure of(Unit unit, String periodId, Indicator ind) {
            Map<String, Map<String, Figure>> byPeriod = byUnit.get(unit.slug());
            Map<String, Figure> figures = byPeriod == null ? null : byPeriod.get(periodId);
            return figures == null ? null : figures.get(ind.id());
        }
    }

    static Map<String, List<Aggregate>> of(Portal portal, UnitWide unitWide) {
        Map<String, List<Aggregate>> result = new TreeMap<>();
        Map<String, List<Unit>> childrenOf = new HashMap<>();
        for (Unit u : portal.units()) if (u.info().parent() != null) childrenOf.computeIfAbsent(u.info().parent(), k -> new ArrayList<>()).add(u);
        for (Unit parent : portal.units()) {
            List<Unit> children = childrenOf.getOrDefault(parent.slug(), List.of());
            if (children.isEmpty()) continue;
            TreeSet<String> periodIds = new TreeSet<>();
            children.forEach(c -> c.periods().forEach(p -> periodIds.add(p.id())));
            List<Aggregate> list = new ArrayList<>();
            for (String periodId : periodIds) {
                for (Indicator ind : portal.indicators()) {
                    if (!ind.summable()) continue;
                    Aggregate a = aggregate(ind, periodId, parent, children, unitWide);
                    if (a != null) list.add(a);
                }
            }
            if (!list.isEmpty()) result.put(parent.slug(), List.copyOf(list));
        }
        return result;
    }

    /**
     * The whole portal per indicator and period, oldest period first — the indicator page's trend: every
     * unit's unit-wide figure added up for indicators that allow it, else the median unit's value.
     */
    static Map<String, List<Aggregate>> portalWide(Portal portal, UnitWide unitWide) {
        Map<String, List<Aggregate>> result = new TreeMap<>();
        TreeSet<String> periodIds = new TreeSet<>();
        portal.units().forEach(u -> u.periods().forEach(p -> periodIds.add(p.id())));
        for (Indicator ind : portal.indicators()) {
            List<Aggregate> list = new ArrayList<>();
            for (String periodId : periodIds) {
                Aggregate a = ind.summable() ? aggregate(ind, periodId, null, portal.units(), unitWide)
                        : median(ind, periodId, portal.units(), unitWide);
                if (a != null) list.add(a);
            }
            if (!list.isEmpty()) result.put(ind.id(), List.copyOf(list));
        }
        return result;
    }

    private static Aggregate median(Indicator ind, String periodId, List<Unit> units, UnitWide unitWide) {
        List<BigDecimal> values = new ArrayList<>();
        for (Unit u : units) {
            Figure f = unitWide.of(u, periodId, ind);
            if (f != null && f.value() != null) values.add(f.value());
        }
        if (values.isEmpty()) return null;
        values.sort(null);
        int n = values.size();
        BigDecimal m = n % 2 == 1 ? values.get(n / 2)
                : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2), java.math.MathContext.DECIMAL64);
        return new Aggregate(ind, periodId, null, null, m, n, units.size(), null, true);
    }

    private static Aggregate aggregate(Indicator ind, String periodId, Unit parent, List<Unit> children, UnitWide unitWide) {
        boolean ratio = ind.kind() == Kind.RATIO;
        Sum numSum = new Sum(), denSum = new Sum(), valueSum = new Sum();
        int reporting = 0;
        for (Unit child : children) {
            Figure f = unitWide.of(child, periodId, ind);
            if (f == null) continue;
            if (ratio) {
                // Only figures with their numbers can be added; a bare stated percentage cannot.
                if (f.observation().numerator() == null || f.observation().denominator() == null) continue;
                numSum.add(f.observation().numerator());
                denSum.add(f.observation().denominator());
            } else {
                if (f.value() == null) continue;
                valueSum.add(f.value());
            }
            reporting++;
        }
        if (reporting == 0) return null;
        BigDecimal num = numSum.total(), den = denSum.total(), value = valueSum.total();
        if (parent == null) return new Aggregate(ind, periodId, ratio ? num : null, ratio ? den : null, ratio ? null : value, reporting, children.size(), null, false);
        Period own = parent.periods().stream().filter(p -> p.id().equals(periodId)).findFirst().orElse(null);
        Figure ownFigure = own == null ? null : unitWide.of(parent, periodId, ind);
        return new Aggregate(ind, periodId, ratio ? num : null, ratio ? den : null, ratio ? null : value, reporting, children.size(), ownFigure, false);
    }

    /**
     * An exact sum of decimals, as {@code BigDecimal.ZERO.add(a).add(b)…} gives it (the same value and scale), with
     * whole numbers that fit added as longs: most figures are counts, and a national portal's sums add some
     * 240,000 of them on every derive, each BigDecimal addition a new object.
     */
    static final class Sum {
        private long whole;
        private BigDecimal rest = BigDecimal.ZERO;

        void add(BigDecimal x) {
            if (x.scale() == 0 && x.precision() < 18) {
                long v = x.longValueExact();
                long r = whole + v;
                // On overflow (both operands' sign differs from the result's), the exact part moves to rest.
                if (((whole ^ r) & (v ^ r)) < 0) {
                    rest = rest.add(BigDecimal.valueOf(whole)).add(x);
                    whole = 0;
                } else {
                    whole = r;
                }
            } else {
                rest = rest.add(x);
            }
        }

        BigDecimal total() {
            return whole == 0 ? rest : rest.add(BigDecimal.valueOf(whole));
        }
    }
}
