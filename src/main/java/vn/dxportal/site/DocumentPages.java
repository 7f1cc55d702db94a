package vn.dxportal.site;

import java.util.Map;
import java.util.Set;

/** The document library: every unit's directive and legal documents with the fields Decree 42/2022 requires. */
final class DocumentPages implements PageSet {
    @Override
    public void plan(PlanContext plan) {
        plan.add(Urls.documentsPath(), "documents.ftlh", "Văn bản chỉ đạo, điều hành", Set.of("*"), Map.of("units", plan.portal().units()));
    }
}
