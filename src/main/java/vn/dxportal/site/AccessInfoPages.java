package vn.dxportal.site;

import vn.dxportal.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Tiếp cận thông tin" (Law on Access to Information 2016; Decree 13/2018/NĐ-CP): per unit, the catalogue of
 * information it must publish, its contact point and how to send a request.
 */
final class AccessInfoPages implements PageSet {
    @Override
    public void plan(PlanContext plan) {
        List<UnitIndexEntry> entries = new ArrayList<>();
        for (Unit u : plan.portal().units()) {
            var info = u.info().accessToInformation();
            entries.add(new UnitIndexEntry(u, Urls.unitAccessPath(u.slug()), info == null ? 0 : info.catalogue().size()));
            plan.add(Urls.unitAccessPath(u.slug()), "access-info.ftlh", "Tiếp cận thông tin – " + u.info().name(),
                    Set.of("units/" + u.slug() + "/unit.yaml"), Map.of("unit", u));
        }
        plan.add(Urls.accessIndexPath(), "unit-index.ftlh", "Tiếp cận thông tin", Set.of("units/"), Map.of("entries", entries, "kind", "access"));
    }
}
