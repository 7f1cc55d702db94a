package vn.dxportal.serve;

import vn.dxportal.metrics.Aggregate;
import vn.dxportal.metrics.Derived;
import vn.dxportal.metrics.Figure;
import vn.dxportal.metrics.Metrics;
import vn.dxportal.model.Indicator;
import vn.dxportal.model.Unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each unit's figures of the last rebuild. {@link UnitMemo} hands back the very same {@link Unit} object for a unit
 * whose files did not change, and a unit's figures and own findings are made from it and the indicator catalogue
 * alone: the same unit with an equal catalogue has last time's figures, the same objects, which {@link ModelDiff}
 * then sees are the same at once on every page showing them. What derive makes of all units' figures is kept the
 * same way, by the identity of what it was made from: the columns and sums ({@link #column}, {@link #sum}), each unit's
 * ranking rows ({@link #unitRows}), each indicator's ranking ({@link #ranking}) and its rows as handed out
 * ({@link #rankings}).
 */
final class FigureMemo implements Metrics.FigureCache {
    private record Made(Unit unit, List<Indicator> catalogue, Metrics.UnitFigures figures) {}

    private final Map<String, Made> units = new ConcurrentHashMap<>();
    /** The last run's columns of unit-wide figures, by period and indicator. */
    private final Map<String, Figure[]> columns = new ConcurrentHashMap<>();
    /** The last run's sums and medians, with what each was made from. */
    private final Map<String, Sum> sums = new ConcurrentHashMap<>();

    private record Sum(List<Object> inputs, int[] places, Aggregate made) {}

    /** The last run's rankings, as handed out. */
    private Map<String, List<Derived.Comparison>> lastRankings = Map.of();

    @Override
    public Metrics.UnitFigures get(Unit unit, List<Indicator> catalogue, Supplier<Metrics.UnitFigures> make) {
        Made last = units.get(unit.slug());
        if (last != null && last.unit() == unit && last.catalogue().equals(catalogue)) return last.figures();
        Metrics.UnitFigures made = make.get();
        if (last != null) made = keepEqual(last.figures(), made);
        units.put(unit.slug(), new Made(unit, catalogue, made));
        return made;
    }

    /**
     * A unit made again (one of its files changed) has new figure objects for every period, even those whose figures
     * are equal: a figure equal to the last run's at the same place is the last run's object, and a period whose
     * figures all are keeps its last list. So a figure edit changes only the columns of the figures it changed
     * ({@link #column}), not all of its unit's 160.
     */
    private static Metrics.UnitFigures keepEqual(Metrics.UnitFigures last, Metrics.UnitFigures made) {
        Map<String, List<Figure>> byPeriod = new java.util.LinkedHashMap<>();
        made.byPeriod().forEach((period, figures) -> {
            List<Figure> before = last.byPeriod().get(period);
            if (before == null || before.size() != figures.size()) {
                byPeriod.put(period, figures);
                return;
            }
            List<Figure> kept = new ArrayList<>(figures.size());
            boolean all = true;
            for (int i = 0; i < figures.size(); i++) {
                Figure f = figures.get(i).equals(before.get(i)) ? before.get(i) : figures.get(i);
                all &= f == before.get(i);
                kept.add(f);
            }
            byPeriod.put(period, all ? before : List.copyOf(kept));
        });
        return new Metrics.UnitFigures(java.util.Collections.unmodifiableMap(byPeriod), made.findings());
    }

    @Override
    public Figure[] column(String key, Figure[] made) {
        Figure[] last = columns.get(key);
        if (last != null && java.util.Arrays.equals(last, made, (a, b) -> a == b ? 0 : 1)) return last;
        columns.put(key, made);
        return made;
    }

    /**
     * A national portal's sums read some 240,000 figures on every derive; a figure edit changes a few of its 160
     * columns, and a sum made from the very same column (see {@link #column}), indicator, parent and places is the
     * last sum.
     */
    @Override
    public Aggregate sum(String key, List<Object> inputs, int[] places, Supplier<Aggregate> make) {
        Sum last = sums.get(key);
        if (last != null && KeptMemo.sameObjects(last.inputs(), inputs) && java.util.Arrays.equals(last.places(), places)) return last.made();
        Aggregate made = make.get();
        sums.put(key, new Sum(inputs, places, made));
        return made;
    }

    /** Each unit's last rows for the rankings, with what they were made from. */
    private final Map<String, UnitRows> unitRows = new ConcurrentHashMap<>();

    private record UnitRows(List<Object> inputs, Map<String, Derived.Comparison> rows) {}

    /** Gathering every unit's rows read all 110,000 figures of a national portal on every derive. */
    @Override
    public Map<String, Derived.Comparison> unitRows(String slug, List<Object> inputs, Supplier<Map<String, Derived.Comparison>> make) {
        UnitRows last = unitRows.get(slug);
        if (last != null && KeptMemo.sameObjects(last.inputs(), inputs)) return last.rows();
        Map<String, Derived.Comparison> rows = make.get();
        unitRows.put(slug, new UnitRows(inputs, rows));
        return rows;
    }

    /** Each indicator's last rows, unranked in portal order, and their ranking. */
    private final Map<String, Ranked> rankings = new ConcurrentHashMap<>();

    private record Ranked(Indicator indicator, List<Derived.Comparison> rows, List<Derived.Comparison> ranked) {}

    /**
     * Sorting 40 rankings of 756 units again on every derive, when a figure edit moves the rows of the few indicators
     * whose figures it changed: the others are the last ranking.
     */
    @Override
    public List<Derived.Comparison> ranking(Indicator ind, List<Derived.Comparison> rows, Supplier<List<Derived.Comparison>> rank) {
        Ranked last = rankings.get(ind.id());
        if (last != null && last.indicator() == ind && sameRows(last.rows(), rows)) return last.ranked();
        List<Derived.Comparison> unranked = List.copyOf(rows); // rank sorts rows in place
        List<Derived.Comparison> ranked = last != null && last.indicator() == ind ? samePlaces(last, unranked) : null;
        if (ranked == null) ranked = rank.get();
        rankings.put(ind.id(), new Ranked(ind, unranked, ranked));
        return ranked;
    }

    /**
     * The last ranking with the rows of units made again put in their places, when no row's sort key changed (the
     * same figure objects and unit names, in the same portal order): the ranking sorts by figure and then by name,
     * stably, so it would put every row where it was, at the rank it had. A figure edit makes its unit again, and
     * with it that unit's row of every indicator: only the indicators whose figures it changed are sorted again.
     * Null when a row's figure, history or name differs. The rows are those {@code Metrics} ranks: a ranked row is
     * the unranked one with its rank, or the unranked row itself when it has no value.
     */
    private static List<Derived.Comparison> samePlaces(Ranked last, List<Derived.Comparison> rows) {
        if (last.rows().size() != rows.size()) return null;
        Map<Unit, Derived.Comparison> remade = new java.util.IdentityHashMap<>(); // by the last row's unit
        for (int i = 0; i < rows.size(); i++) {
            Derived.Comparison x = last.rows().get(i), y = rows.get(i);
            if (x == y) continue;
            if (x.figure() != y.figure() || !sameFigures(x.history(), y.history()) || !x.unit().slug().equals(y.unit().slug())
                    || !x.unit().info().name().equals(y.unit().info().name())) {
                return null;
            }
            remade.put(x.unit(), y);
        }
        List<Derived.Comparison> out = new ArrayList<>(last.ranked().size());
        for (Derived.Comparison r : last.ranked()) {
            Derived.Comparison y = remade.get(r.unit());
            if (y == null) out.add(r);
            else out.add(y.figure().value() == null ? y : new Derived.Comparison(y.unit(), y.period(), y.figure(), r.rank(), y.history()));
        }
        return List.copyOf(out);
    }

    private static boolean sameRows(List<Derived.Comparison> a, List<Derived.Comparison> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            Derived.Comparison x = a.get(i), y = b.get(i);
            if (x == y) continue;
            if (x.unit() != y.unit() || x.period() != y.period() || x.figure() != y.figure() || !sameFigures(x.history(), y.history())) return false;
        }
        return true;
    }

    private static boolean sameFigures(List<Figure> x, List<Figure> y) {
        if (x.size() != y.size()) return false;
        for (int i = 0; i < x.size(); i++) if (x.get(i) != y.get(i)) return false;
        return true;
    }

    /**
     * Rankings are made anew on every derive, so every row was a new object, and comparing the pages that show them
     * (the indicator pages, the unit pages' peers) walked some 330,000 rows per national figure edit. A row made from
     * the very objects of last time, at the same rank, is last time's row; a list of such rows is last time's list.
     */
    @Override
    public synchronized Map<String, List<Derived.Comparison>> rankings(Map<String, List<Derived.Comparison>> made) {
        Map<String, List<Derived.Comparison>> last = lastRankings;
        Map<String, List<Derived.Comparison>> out = new TreeMap<>();
        boolean allKept = last.keySet().equals(made.keySet());
        for (Map.Entry<String, List<Derived.Comparison>> e : made.entrySet()) {
            List<Derived.Comparison> before = last.get(e.getKey());
            List<Derived.Comparison> kept = before == null ? e.getValue() : keep(before, e.getValue());
            out.put(e.getKey(), kept);
            allKept &= kept == before;
            // The ranking kept for the next derive is the list handed out, so that it is not compared row by row again.
            rankings.computeIfPresent(e.getKey(), (id, r) -> r.ranked() == e.getValue() ? new Ranked(r.indicator(), r.rows(), kept) : r);
        }
        lastRankings = allKept ? last : out;
        return lastRankings;
    }

    private static List<Derived.Comparison> keep(List<Derived.Comparison> before, List<Derived.Comparison> now) {
        if (before == now) return before; // the ranking kept by ranking(), already the list handed out
        Map<String, Derived.Comparison> bySlug = new HashMap<>(before.size() * 2);
        for (Derived.Comparison c : before) bySlug.put(c.unit().slug(), c);
        List<Derived.Comparison> out = new ArrayList<>(now.size());
        boolean allKept = before.size() == now.size();
        for (int i = 0; i < now.size(); i++) {
            Derived.Comparison c = now.get(i);
            Derived.Comparison old = bySlug.get(c.unit().slug());
            Derived.Comparison row = old != null && sameRow(old, c) ? old : c;
            out.add(row);
            allKept &= i < before.size() && row == before.get(i);
        }
        return allKept ? before : List.copyOf(out);
    }

    private static boolean sameRow(Derived.Comparison a, Derived.Comparison b) {
        if (a.unit() != b.unit() || a.period() != b.period() || a.figure() != b.figure() || a.rank() != b.rank()) return false;
        return sameFigures(a.history(), b.history());
    }
}
