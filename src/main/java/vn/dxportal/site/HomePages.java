package vn.dxportal.site;

import vn.dxportal.model.NewsPost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The home page and the unit tree (in every language: unit names have English forms), the periods index and the
 * 404 page.
 */
final class HomePages implements PageSet {
    static final int LATEST_NEWS = 5;

    @Override
    public void plan(PlanContext plan) {
        List<UnitSummary> summaries = UnitSummary.all(plan.derived());
        Set<String> all = Set.of("*");
        for (String lang : plan.languages().all()) {
            List<NewsPost> news = plan.publication().posts(lang);
            Map<String, Object> home = new LinkedHashMap<>();
            home.put("summaries", summaries);
            home.put("roots", plan.roots());
            home.put("latestNews", news.subList(0, Math.min(LATEST_NEWS, news.size())));
            home.put("unitsBySlug", plan.unitsBySlug());
            plan.add(lang, Urls.homePath(), "home.ftlh", plan.portal().site().titleIn(lang), all, home);
            plan.add(lang, Urls.unitsPath(), "units.ftlh", "en".equals(lang) ? "Units" : "Đơn vị", all,
                    Map.of("roots", plan.roots(), "children", plan.childrenBySlug()));
        }
        plan.add(Urls.periodsPath(), "periods.ftlh", "Kỳ báo cáo", all, Map.of("byPeriod", PeriodIndex.of(plan.portal())));
        plan.add("404.html", "404.ftlh", "Không tìm thấy trang", Set.of(), Map.of());
    }
}
