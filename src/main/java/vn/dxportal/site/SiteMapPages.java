package vn.dxportal.site;

import java.util.Map;
import java.util.Set;

/** "Sơ đồ cổng": the text site map the layout's main menu links to (the XML sitemap is a separate file). */
final class SiteMapPages implements PageSet {
    @Override
    public void plan(PlanContext plan) {
        SiteMap.Shown shown = new SiteMap.Shown(plan::allPages);
        plan.add(Urls.sitemapPagePath(), "sitemap-page.ftlh", "Sơ đồ cổng", Set.of("*"),
                Map.of("siteMap", new SiteMap(shown, "vi"), "siteMapEn", new SiteMap(shown, "en")));
    }
}
