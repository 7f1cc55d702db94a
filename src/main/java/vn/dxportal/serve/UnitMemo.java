package vn.dxportal.serve;

import vn.dxportal.content.RawContent;
import vn.dxportal.content.YamlDocument;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.model.Indicator;
import vn.dxportal.model.Period;
import vn.dxportal.model.Unit;
import vn.dxportal.validate.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The units of the last rebuild, each with the parsed files it was made from. {@link ParseCache} hands back the very
 * same parsed object for a file whose bytes did not change, so a unit whose files are all the same objects as last
 * time is last time's {@link Unit}: it is not made again, and {@link ModelDiff} sees it is the same by identity
 * instead of walking its periods, documents and posts on every page that holds it.
 */
final class UnitMemo implements Validator.UnitCache {
    private record Made(List<Object> from, Unit unit) {}

    private final Map<String, Made> units = new ConcurrentHashMap<>();
    /** The site settings and the indicator catalogue, by what they are, with the parsed file each was made from. */
    private final Map<String, Whole> wholes = new ConcurrentHashMap<>();

    private record Whole(YamlDocument from, Object made) {}

    /** Each period's observation findings, by unit slug and period id, with the objects they were found in. */
    private final Map<String, Found> periods = new ConcurrentHashMap<>();

    private record Found(Period period, List<Indicator> catalogue, List<Diagnostic> findings) {}

    @Override
    public List<Diagnostic> periodFindings(Period period, List<Indicator> catalogue, Supplier<List<Diagnostic>> check) {
        String key = period.unitSlug() + "/" + period.id();
        Found last = periods.get(key);
        if (last != null && last.period() == period && last.catalogue() == catalogue) return last.findings();
        List<Diagnostic> found = List.copyOf(check.get());
        periods.put(key, new Found(period, catalogue, found));
        return found;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T whole(String what, YamlDocument from, Supplier<T> make) {
        Whole last = wholes.get(what);
        if (last != null && last.from() == from) return (T) last.made();
        T made = make.get();
        wholes.put(what, new Whole(from, made));
        return made;
    }

    @Override
    public Unit get(RawContent.RawUnit raw, Function<RawContent.RawUnit, Unit> map) {
        List<Object> from = inputs(raw);
        Made last = units.get(raw.slug());
        if (last != null && sameObjects(last.from(), from)) return last.unit();
        Unit made = map.apply(raw);
        units.put(raw.slug(), new Made(from, made));
        return made;
    }

    /** Everything a unit is made from, in order: its files' parses and its periods' ids. */
    private static List<Object> inputs(RawContent.RawUnit raw) {
        List<Object> from = new ArrayList<>();
        from.add(raw.unit());
        from.add(raw.documents());
        from.add(raw.qa());
        for (RawContent.RawPeriod p : raw.periods()) {
            from.add(p.id());
            from.add(p.data());
            from.add(p.narrative());
        }
        from.add("news");
        from.addAll(raw.news());
        from.add("translations");
        from.addAll(raw.translations());
        return from;
    }

    /** The same objects, by identity (strings by value: a period's id is made from its file name each time). */
    private static boolean sameObjects(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i), y = b.get(i);
            if (x != y && !(x instanceof String && x.equals(y))) return false;
        }
        return true;
    }
}
