package vn.dxportal.site;

import vn.dxportal.model.Period;
import vn.dxportal.model.Portal;
import vn.dxportal.model.Unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Period id → the units that report it, newest period first. */
final class PeriodIndex {
    private PeriodIndex() {}

    static Map<String, List<Unit>> of(Portal portal) {
        Map<String, List<Unit>> by = new TreeMap<>(Comparator.reverseOrder());
        for (Unit u : portal.units()) for (Period p : u.periods()) by.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(u);
        return by;
    }
}
