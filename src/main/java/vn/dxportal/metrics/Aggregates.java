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
     * Each unit's unit-wide figure per period and indicator, as columns: period id → indicator id → the figure of
     * each unit, at the unit's place in the portal's list. A sum then reads one column instead of asking three maps
     * per unit (a national portal's sums asked some 240,000 times per derive, which the preview's figure edit paid
     * each time); the keys are the model's own strings, whose hashes are known. Slugs and a unit's period ids are
     * unique: they are the names of folders and of files in one folder.
     */
    static final class UnitWide {
        private final Map<String, Integer> placeBySlug;
        private final Map<String, Map<String, Figure[]>> columns = new HashMap<>();
        /** The last derive's columns and sums (the live preview), or null. */
        private final Metrics.FigureCache kept;

        UnitWide(Portal portal, Map<String, List<Figure>> figures) {
            this(portal, figures, null);
        }

        /**
         * With {@code kept}, a column holding the very figures of the last derive's is that column's array, and a sum
         * made from it is the last sum ({@link #sum}): a figure edit changes a few of 160 columns, and summing the
         * others again read some 240,000 figures scattered over the heap.
         */
        UnitWide(Portal portal, Map<String, List<Figure>> figures, Metrics.FigureCache kept) {
            this.kept = kept;
            List<Unit> units = portal.units();
            placeBySlug = new HashMap<>(units.size() * 2);
            for (int i = 0; i < units.size(); i++) placeBySlug.put(units.get(i).slug(), i);
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                for (Period p : u.periods()) {
                    List<Figure> list = figures.get(u.slug() + "/" + p.id());
                    if (list == null) continue;
                    Map<String, Figure[]> byIndicator = columns.computeIfAbsent(p.id(), k -> new HashMap<>());
                    for (Figure f : list) {
                        if (!f.isUnitWide()) continue;
                        Figure[] column = byIndicator.computeIfAbsent(f.indicator().id(), k -> new Figure[units.size()]);
                        // The first unit-wide figure of an indicator is the one, as a scan of the list would find it.
                        if (column[i] == null) column[i] = f;
                    }
                }
            }
            if (kept != null) {
                columns.forEach((periodId, byIndicator) -> byIndicator.replaceAll((ind, column) -> kept.column(periodId + "|" + ind, column)));
            }
        }

        /**
         * The sum (or median, {@code what}) of a column over {@code places}, for {@code parent} (null: the portal):
         * {@code make}'s, or the last derive's when made from the very same column, places, indicator and parent.
         */
        Aggregate sum(String what, Indicator ind, String periodId, Unit parent, int[] places, java.util.function.Supplier<Aggregate> make) {
            Figure[] column = column(periodId, ind);
            if (kept == null || column == null) return make.get();
            String key = what + "|" + (parent == null ? "" : parent.slug()) + "|" + periodId + "|" + ind.id();
            return kept.sum(key, List.of(column, ind, parent == null ? "" : parent), places, make);
        }

        /** Each unit's figure for the period and indicator, by place; null when no unit has one. */
        Figure[] column(String periodId, Indicator ind) {
            Map<String, Figure[]> byIndicator = columns.get(periodId);
            return byIndicator == null ? null : byIndicator.get(ind.id());
        }

        Figure of(Unit unit, String periodId, Indicator ind) {
            Figure[] column = column(periodId, ind);
            return column == null ? null : column[placeBySlug.get(unit.slug())];
        }

        int[] places(List<Unit> units) {
            int[] places = new int[units.size()];
            for (int i = 0; i < places.length; i++) places[i] = placeBySlug.get(units.get(i).slug());
            return places;
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
            int[] places = unitWide.places(children);
            List<Aggregate> list = new ArrayList<>();
            for (String periodId : periodIds) {
                for (Indicator ind : portal.indicators()) {
                    if (!ind.summable()) continue;
                    Aggregate a = unitWide.sum("sum", ind, periodId, parent, places, () -> aggregate(ind, periodId, parent, places, unitWide));
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
        int[] everyUnit = unitWide.places(portal.units());
        for (Indicator ind : portal.indicators()) {
            List<Aggregate> list = new ArrayList<>();
            for (String periodId : periodIds) {
                Aggregate a = ind.summable() ? unitWide.sum("sum", ind, periodId, null, everyUnit, () -> aggregate(ind, periodId, null, everyUnit, unitWide))
                        : unitWide.sum("median", ind, periodId, null, everyUnit, () -> median(ind, periodId, everyUnit, unitWide));
                if (a != null) list.add(a);
            }
            if (!list.isEmpty()) result.put(ind.id(), List.copyOf(list));
        }
        return result;
    }

    private static Aggregate median(Indicator ind, String periodId, int[] units, UnitWide unitWide) {
        Figure[] column = unitWide.column(periodId, ind);
        if (column == null) return null;
        List<BigDecimal> values = new ArrayList<>();
        for (int place : units) {
            Figure f = column[place];
            if (f != null && f.value() != null) values.add(f.value());
        }
        if (values.isEmpty()) return null;
        values.sort(null);
        int n = values.size();
        BigDecimal m = n % 2 == 1 ? values.get(n / 2)
                : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2), java.math.MathContext.DECIMAL64);
        return new Aggregate(ind, periodId, null, null, m, n, units.length, null, true);
    }

    private static Aggregate aggregate(Indicator ind, String periodId, Unit parent, int[] children, UnitWide unitWide) {
        Figure[] column = unitWide.column(periodId, ind);
        if (column == null) return null;
        boolean ratio = ind.kind() == Kind.RATIO;
        Sum numSum = new Sum(), denSum = new Sum(), valueSum = new Sum();
        int reporting = 0;
        for (int place : children) {
            Figure f = column[place];
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
        if (parent == null) return new Aggregate(ind, periodId, ratio ? num : null, ratio ? den : null, ratio ? null : value, reporting, children.length, null, false);
        Period own = parent.periods().stream().filter(p -> p.id().equals(periodId)).findFirst().orElse(null);
        Figure ownFigure = own == null ? null : unitWide.of(parent, periodId, ind);
        return new Aggregate(ind, periodId, ratio ? num : null, ratio ? den : null, ratio ? null : value, reporting, children.length, ownFigure, false);
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
