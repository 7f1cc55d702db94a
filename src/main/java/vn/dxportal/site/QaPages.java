package vn.dxportal.site;

import vn.dxportal.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Hỏi đáp" (Decree 42/2022, Art. 8) as far as a static site goes: each unit's published questions and answers
 * from qa.yaml, and links to the feedback, petition and rating channels the agency runs elsewhere.
 */
final class QaPages implements PageSet {
    @Override
    public void plan(PlanContext plan) {
        Map<String, Unit> bySlug = plan.unitsBySlug();
        List<UnitIndexEntry> entries = new ArrayList<>();
        for (Unit u : plan.portal().units()) {
            int count = u.qa() == null ? 0 : u.qa().questions().size();
            entries.add(new UnitIndexEntry(u, Urls.unitQaPath(u.slug()), count));
            plan.add(Urls.unitQaPath(u.slug()), "qa.ftlh", "Hỏi đáp – " + u.info().name(),
                    Set.of("units/" + u.slug() + "/qa.yaml", "units/"), Map.of("unit", u, "channels", Inherited.of(u, bySlug, i -> i.feedback())));
        }
        plan.add(Urls.qaIndexPath(), "unit-index.ftlh", "Hỏi đáp, góp ý", Set.of("units/"), Map.of("entries", entries, "kind", "qa"));
    }
}
