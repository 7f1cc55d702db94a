package vn.dxportal.site;

import vn.dxportal.model.Indicator;
import vn.dxportal.model.Pillar;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The indicator catalogue by pillar, and one page per indicator comparing every unit that reports it. */
final class IndicatorPages implements PageSet {
    @Override
    public void plan(PlanContext plan) {
        Map<Pillar, List<Indicator>> byPillar = new EnumMap<>(Pillar.class);
        Map<String, Integer> counts = new HashMap<>();
        for (Indicator i : plan.portal().indicators()) {
            byPillar.computeIfAbsent(i.pillar(), k -> new ArrayList<>()).add(i);
            counts.put(i.id(), plan.derived().comparison(i).size());
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("byPillar", byPillar);
        index.put("counts", counts);
        for (String lang : plan.languages().all()) {
            plan.add(lang, Urls.indicatorsPath(), "indicators.ftlh", "en".equals(lang) ? "Indicators" : "Chỉ tiêu", Set.of("*"), index);
        }
        for (Indicator i : plan.portal().indicators()) {
            plan.add(Urls.indicatorPath(i.id()), "indicator.ftlh", i.name(), Set.of("*"),
                    Map.of("indicator", i, "rows", plan.derived().comparison(i), "trend", plan.derived().portalTrend(i)));
        }
    }
}
