package vn.dxportal.site;

import vn.dxportal.model.Unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Giới thiệu" (Decree 42/2022, Art. 4): the portal's managing agency and, for each unit, its functions, tasks
 * and powers, organisational structure and chart, contact details and contact points; and the same in English
 * (Art. 7) at the same path under en/ when site.yaml lists English, falling back to the Vietnamese text, marked
 * as such, where no translation is written.
 */
final class AboutPages implements PageSet {
    @Override
    public void plan(PlanContext plan) {
        Map<String, Unit> bySlug = plan.unitsBySlug();
        for (String lang : List.of("vi", "en")) {
            boolean en = "en".equals(lang);
            String portalTitle = en ? "About this portal" : "Giới thiệu";
            plan.add(lang, Urls.aboutPath(), "about.ftlh", portalTitle, Set.of("site.yaml", "units/"),
                    Map.of("roots", plan.roots(), "children", plan.childrenBySlug()));
            for (Unit u : plan.portal().units()) {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("unit", u);
                model.put("successors", u.info().successors().stream().map(bySlug::get).toList());
                model.put("children", plan.childrenOf(u.slug()));
                String name = en && u.info().nameEn() != null ? u.info().nameEn() : u.info().name();
                plan.add(lang, Urls.unitAboutPath(u.slug()), "about-unit.ftlh", (en ? "About " : "Giới thiệu ") + name,
                        Set.of("units/" + u.slug() + "/unit.yaml"), model);
            }
        }
    }

}
