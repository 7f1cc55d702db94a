package vn.dxportal.site;

import vn.dxportal.model.Unit;
import vn.dxportal.model.UnitInfo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A list a unit may take from the units above it (public-service portals, feedback channels): the unit's own
 * when it has one, else the nearest ancestor's; {@code from} names whose it is (null when nobody has one).
 */
public record Inherited<T>(List<T> items, Unit from) {

    static <T> Inherited<T> of(Unit unit, Map<String, Unit> bySlug, Function<UnitInfo, List<T>> list) {
        for (Unit u = unit; u != null; u = u.info().parent() == null ? null : bySlug.get(u.info().parent())) {
            List<T> items = list.apply(u.info());
            if (!items.isEmpty()) return new Inherited<>(items, u);
        }
        return new Inherited<>(List.of(), null);
    }

    public boolean isOwn(Unit unit) { return from != null && from.slug().equals(unit.slug()); }
}
