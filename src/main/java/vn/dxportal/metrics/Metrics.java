package vn.dxportal.metrics;

import vn.dxportal.diag.Diagnostics;
import vn.dxportal.model.Indicator;
import vn.dxportal.model.Kind;
import vn.dxportal.model.Observation;
import vn.dxportal.model.Period;
import vn.dxportal.model.Portal;
import vn.dxportal.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The derive stage: ratios, statuses, changes, rankings; consistency findings go to the diagnostics. */
public final class Metrics {
    private Metrics() {}

    /** One unit's figures, by "unit/period" in period order, and the consistency findings of its own periods. */
    public record UnitFigures(Map<String, List<Figure>> byPeriod, List<vn.dxportal.diag.Diagnostic> findings) {}

    /**
     * Keeps each unit's figures between runs (the live preview): a unit's figures and own findings are made from
     * that unit and the indicator catalogue alone, so the same unit object with an equal catalogue has last run's.
     */
    public interface FigureCache {
        UnitFigures get(Unit unit, List<Indicator> catalogue, Supplier<UnitFigures> make);

        /**
         * The rankings as made, where a row or a whole indicator's list is the same as the last run's (the same unit,
         * period, figure and history objects, the same rank) given as the last run's very object. Unchanged by default.
         */
        default Map<String, List<Derived.Comparison>> rankings(Map<String, List<Derived.Comparison>> made) {
            return made;
        }

        /**
         * One indicator's ranking of {@code rows} (unranked, in portal order): the last run's when the indicator and
         * every row's unit, period, figure and history are the very objects they were, else {@code rank}'s. Ranked
         * anew by default.
         */
        default List<Derived.Comparison> ranking(Indicator ind, List<Derived.Comparison> rows, Supplier<List<Derived.Comparison>> rank) {
            return rank.get();
        }

        /**
         * A unit's unranked rows for the rankings, made from {@code inputs} (the unit and its periods' figure lists):
         * the last run's while those are the very same objects. Made anew by default.
         */
        default Map<String, Derived.Comparison> unitRows(String slug, List<Object> inputs, Supplier<Map<String, Derived.Comparison>> make) {
            return make.get();
        }

        /**
         * A column of unit-wide figures (one period and indicator, a figure per unit place), under {@code key}: the
         * last run's very array when it holds the very same figures, so that {@link #sum} can tell it by identity.
         * Unchanged by default.
         */
        default Figure[] column(String key, Figure[] made) {
            return made;
        }

        /**
         * A sum or median under {@code key}, made from {@code inputs} (a column as {@link #column} gave it, the
         * indicator, the parent unit: compared by identity) over {@code places} (compared by value): the last run's
         * very object when made from the same. Made anew by default.
         */
        default Aggregate sum(String key, List<Object> inputs, int[] places, Supplier<Aggregate> make) {
            return make.get();
        }
    }

    public static Derived derive(Portal portal, Diagnostics diagnostics) {
        return derive(portal, diagnostics, null);
    }

    /** {@link #derive(Portal, Diagnostics)}, taking unchanged units' figures from {@code cache} (may be null). */
    public static Derived derive(Portal portal, Diagnostics diagnostics, FigureCache cache) {
        Map<String, Indicator> catalogue = portal.indicatorsById();
        Map<String, List<Figure>> byPeriod = new LinkedHashMap<>();
        // Each unit's figures come from that unit alone, so units are worked out in parallel (a finding's position
        // may mean reading its file again); toList() keeps the units' order.
        List<UnitFigures> perUnit = portal.units().parallelStream()
                .map(unit -> cache == null ? unitFigures(unit, catalogue) : cache.get(unit, portal.indicators(), () -> unitFigures(unit, catalogue)))
                .toList();
        for (UnitFigures made : perUnit) {
            byPeriod.putAll(made.byPeriod());
            diagnostics.addAll(made.findings());
        }
        Consistency.checkParents(portal, byPeriod, diagnostics);
        Aggregates.UnitWide unitWide = new Aggregates.UnitWide(portal, byPeriod, cache);
        // The rankings, the parents' sums and the portal's are independent of each other: worked out side by side.
        java.util.concurrent.CompletableFuture<Map<String, List<Aggregate>>> sums =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> Aggregates.of(portal, unitWide));
        java.util.concurrent.CompletableFuture<Map<String, List<Aggregate>>> portalSums =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> Aggregates.portalWide(portal, unitWide));
        Map<String, List<Derived.Comparison>> rankings = compare(portal, byPeriod, cache);
        if (cache != null) rankings = cache.rankings(rankings);
        return new Derived(portal, byPeriod, rankings, sums.join(), portalSums.join());
    }

    private static UnitFigures unitFigures(Unit unit, Map<String, Indicator> catalogue) {
        Map<String, List<Figure>> byPeriod = new LinkedHashMap<>();
        Diagnostics findings = new Diagnostics();
        Map<String, Figure> previousByKey = new HashMap<>();
        for (Period period : unit.periods()) {
            List<Figure> figures = new ArrayList<>();
            for (Observation o : period.data().indicators()) {
                Indicator ind = catalogue.get(o.indicator());
                String key = period.kind() + "|" + o.indicator() + "|" + o.scope();
                Figure prev = previousByKey.get(key);
                Figure f = figure(period.id(), ind, o, prev);
                figures.add(f);
                previousByKey.put(key, f);
            }
            byPeriod.put(unit.slug() + "/" + period.id(), List.copyOf(figures));
            Consistency.check(period, figures, findings);
        }
        return new UnitFigures(java.util.Collections.unmodifiableMap(byPeriod), findings.sorted());
    }

    static Figure figure(String period, Indicator ind, Observation o, Figure previous) {
        BigDecimal computed = Ratios.percent(o.numerator(), o.denominator());
        BigDecimal percent = computed != null ? computed : o.stated().percent();
        BigDecimal value = ind.kind() == Kind.RATIO ? percent : o.number();
        if (ind.kind() == Kind.BOOLEAN && o.flag() != null) value = o.flag() ? BigDecimal.ONE : BigDecimal.ZERO;
        Status status = Ratios.status(value, o.target(), ind.higherIsBetter());
        BigDecimal difference = value != null && o.target() != null ? value.subtract(o.target()) : null;
        BigDecimal change = previous != null && previous.value() != null && value != null ? value.subtract(previous.value()) : null;
        return new Figure(period, ind, o, percent, computed != null, value, status, difference, change, change == null ? null : previous.period());
    }

    /** For each indicator, every unit's latest unit-wide figure, best first (ties share a rank, then by name). */
    private static Map<String, List<Derived.Comparison>> compare(Portal portal, Map<String, List<Figure>> byPeriod, FigureCache cache) {
        Map<String, List<Derived.Comparison>> result = new TreeMap<>();
        // One pass over every unit's figures gives each indicator's rows: asking each indicator in turn to scan every
        // figure was indicators × figures (40 × 110,000 at national scale).
        Map<String, List<Derived.Comparison>> rowsByIndicator = new HashMap<>();
        for (Unit unit : portal.units()) {
            List<Object> lists = new ArrayList<>(unit.periods().size() + 1);
            lists.add(unit);
            for (Period p : unit.periods()) lists.add(byPeriod.get(unit.slug() + "/" + p.id()));
            Map<String, Derived.Comparison> rows = cache == null ? unitRows(unit, byPeriod) : cache.unitRows(unit.slug(), lists, () -> unitRows(unit, byPeriod));
            rows.forEach((id, row) -> rowsByIndicator.computeIfAbsent(id, k -> new ArrayList<>()).add(row));
        }
        for (Indicator ind : portal.indicators()) {
            List<Derived.Comparison> rows = rowsByIndicator.getOrDefault(ind.id(), new ArrayList<>());
            List<Derived.Comparison> ranked = cache == null ? rank(ind, rows) : cache.ranking(ind, rows, () -> rank(ind, rows));
            if (!ranked.isEmpty()) result.put(ind.id(), ranked);
        }
        return result;
    }

    /** A unit's unranked row for each indicator it reports unit-wide (its latest figure and its history), in its figures' order. */
    private static Map<String, Derived.Comparison> unitRows(Unit unit, Map<String, List<Figure>> byPeriod) {
        Map<String, List<Figure>> history = new LinkedHashMap<>();
        Map<String, Period> latest = new HashMap<>();
        for (Period p : unit.periods()) {
            for (Figure f : byPeriod.get(unit.slug() + "/" + p.id())) {
                if (!f.isUnitWide()) continue;
                history.computeIfAbsent(f.indicator().id(), k -> new ArrayList<>()).add(f);
                latest.put(f.indicator().id(), p);
            }
        }
        Map<String, Derived.Comparison> rows = new LinkedHashMap<>();
        history.forEach((id, figures) -> rows.put(id, new Derived.Comparison(unit, latest.get(id), figures.get(figures.size() - 1), 0, List.copyOf(figures))));
        return rows;
    }

    /** One indicator's rows, best first, with their ranks (ties share a rank, then by name); sorts {@code rows}. */
    private static List<Derived.Comparison> rank(Indicator ind, List<Derived.Comparison> rows) {
        Comparator<BigDecimal> better = ind.higherIsBetter() ? Comparator.reverseOrder() : Comparator.naturalOrder();
        rows.sort(Comparator.comparing((Derived.Comparison c) -> c.figure().value(), Comparator.nullsLast(better))
                .thenComparing(c -> c.unit().info().name()));
        List<Derived.Comparison> ranked = new ArrayList<>();
        BigDecimal lastValue = null;
        int rank = 0;
        for (int i = 0; i < rows.size(); i++) {
            Derived.Comparison c = rows.get(i);
            BigDecimal v = c.figure().value();
            if (v == null) { ranked.add(c); continue; }
            if (lastValue == null || v.compareTo(lastValue) != 0) rank = i + 1;
            lastValue = v;
            ranked.add(new Derived.Comparison(c.unit(), c.period(), c.figure(), rank, c.history()));
        }
        return List.copyOf(ranked);
    }
}
