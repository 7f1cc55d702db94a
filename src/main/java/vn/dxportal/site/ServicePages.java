package vn.dxportal.site;

import vn.dxportal.model.Link;
import vn.dxportal.model.Period;
import vn.dxportal.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Dịch vụ công trực tuyến" (Decree 42/2022, Art. 4): links to the national and provincial public-service portals
 * and, per unit, the online-service statistics of every reporting period that states them, newest first.
 */
final class ServicePages implements PageSet {

    /** One unit's section: the portals its people use (own or inherited) and its periods with statistics. */
    public record UnitServices(Unit unit, Inherited<Link> portals, List<Period> periods) {}

    @Override
    public void plan(PlanContext plan) {
        Map<String, Unit> bySlug = plan.unitsBySlug();
        List<UnitServices> sections = new ArrayList<>();
        for (Unit u : plan.portal().units()) {
            List<Period> withStats = new ArrayList<>(u.periods().stream().filter(p -> !p.data().services().isEmpty()).toList());
            java.util.Collections.reverse(withStats);
            sections.add(new UnitServices(u, Inherited.of(u, bySlug, i -> i.publicServices()), withStats));
        }
        plan.add(Urls.servicesPath(), "services.ftlh", "Dịch vụ công trực tuyến", Set.of("*"), Map.of("sections", sections));
    }
}
