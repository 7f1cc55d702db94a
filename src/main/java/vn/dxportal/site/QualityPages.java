package vn.dxportal.site;

import java.util.Map;
import java.util.Set;

/** The data-quality page: every place a report's own figures disagree, as found by the derive stage. */
final class QualityPages implements PageSet {
    @Override
    public void plan(PlanContext plan) {
        plan.add(Urls.qualityPath(), "quality.ftlh", "Chất lượng dữ liệu", Set.of("*"), Map.of("findings", plan.findings()));
    }
}
