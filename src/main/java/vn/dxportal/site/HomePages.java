package vn.dxportal.site;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The home page, the unit tree, the periods index and the 404 page. */
final class HomePages implements PageSet {
    @Override
    public void plan(PlanContext plan) {
        List<UnitSummary> summaries = UnitSummary.all(plan.derived());
        Set<String> all = Set.of("*");
        plan.add(Urls.homePath(), "home.ftlh", plan.portal().site().title(), all, Map.of("summaries", summaries, "roots", plan.roots()));
        plan.add(Urls.unitsPath(), "units.ftlh", "Đơn vị", all, Map.of("summaries", summaries, "roots", plan.roots()));
        plan.add(Urls.periodsPath(), "periods.ftlh", "Kỳ báo cáo", all, Map.of("byPeriod", PeriodIndex.of(plan.portal())));
        plan.add("404.html", "404.ftlh", "Không tìm thấy trang", Set.of(), Map.of());
    }
}
