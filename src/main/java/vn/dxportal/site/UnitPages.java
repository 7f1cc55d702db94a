package vn.dxportal.site;

import vn.dxportal.metrics.Derived;
import vn.dxportal.metrics.Figure;
import vn.dxportal.model.Indicator;
import java.util.ArrayList;
import vn.dxportal.model.Period;
import vn.dxportal.model.Unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One page per unit (its latest period at a glance) and one per unit-period report. The parts of their models made
 * from figures are {@link Kept} by what they were made from: the live preview's next plan then holds the very same
 * parts for every unit a figure edit did not touch.
 */
final class UnitPages implements PageSet {
    private static List<Trend> trends(PlanContext plan, Unit u) {
        List<Object> inputs = new ArrayList<>();
        inputs.add(plan.portal().indicators());
        for (Period p : u.periods()) inputs.add(plan.derived().figures(u, p)); // all a unit's histories are made of
        return Kept.of("trends/" + u.slug(), inputs, () -> {
            List<Trend> out = new ArrayList<>();
            Map<String, List<Figure>> histories = plan.derived().histories(u);
            for (Indicator ind : plan.portal().indicators()) {
                List<Figure> h = histories.getOrDefault(ind.id(), List.of());
                if (h.stream().filter(f -> f.value() != null).count() >= 2) out.add(new Trend(ind, h));
            }
            return List.copyOf(out);
        });
    }

    private static List<Peers> peers(PlanContext plan, Unit u, UnitSummary s, Map<Indicator, Map<String, List<Derived.Comparison>>> byParent) {
        String parent = u.info().parent();
        if (parent == null) return List.of();
        List<Figure> shown = new ArrayList<>();
        List<Object> inputs = new ArrayList<>();
        inputs.add(s.figures());
        for (Figure f : s.figures()) {
            if (!f.isUnitWide() || f.value() == null) continue;
            // Each indicator's comparison grouped by parent once, not filtered again for every unit (693 × 40 × 693).
            // Siblings share their group's one list: the live preview then compares it once, not once per sibling.
            List<Derived.Comparison> rows = byParent.computeIfAbsent(f.indicator(), i -> byParent(plan, i)).getOrDefault(parent, List.of());
            shown.add(f);
            inputs.add(rows);
        }
        return Kept.of("peers/" + u.slug(), inputs, () -> {
            List<Peers> out = new ArrayList<>();
            for (int k = 0; k < shown.size(); k++) {
                @SuppressWarnings("unchecked")
                List<Derived.Comparison> rows = (List<Derived.Comparison>) inputs.get(k + 1);
                if (rows.size() >= 2) out.add(new Peers(shown.get(k).indicator(), rows));
            }
            return List.copyOf(out);
        });
    }

    /**
     * One indicator's ranking rows grouped by the units' parents. A group of the very same rows as in the last plan is
     * the last plan's list: an edit that moves one province's rows leaves the other provinces' units, their peers and
     * so their pages as they were ({@link PlanContext#addGroup}).
     */
    private static Map<String, List<Derived.Comparison>> byParent(PlanContext plan, Indicator indicator) {
        Map<String, List<Derived.Comparison>> groups = new java.util.HashMap<>();
        for (Derived.Comparison c : plan.derived().comparison(indicator)) {
            if (c.unit().info().parent() != null) groups.computeIfAbsent(c.unit().info().parent(), k -> new ArrayList<>()).add(c);
        }
        groups.replaceAll((parent, list) -> Kept.of("ranking-by-parent/" + indicator.id() + "/" + parent, List.copyOf(list), () -> List.copyOf(list)));
        return groups;
    }

    private static List<PillarGroup> groups(String key, List<Figure> figures) {
        return Kept.of("groups/" + key, List.of(figures), () -> PillarGroup.of(figures));
    }

    @Override
    public void plan(PlanContext plan) {
        Map<String, Unit> bySlug = plan.unitsBySlug();
        // The unit's latest published posts (drafts and future posts are not linked): one pass over all posts.
        Map<String, List<vn.dxportal.model.NewsPost>> news = new java.util.HashMap<>();
        for (vn.dxportal.model.NewsPost p : plan.publication().posts()) {
            List<vn.dxportal.model.NewsPost> l = news.computeIfAbsent(p.unitSlug(), k -> new ArrayList<>());
            if (l.size() < 5) l.add(p);
        }
        Map<Indicator, Map<String, List<Derived.Comparison>>> peersByParent = new java.util.HashMap<>();
        for (UnitSummary s : UnitSummary.all(plan.derived())) {
            Unit u = s.unit();
            List<vn.dxportal.model.NewsPost> latestNews = news.getOrDefault(u.slug(), List.of());
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("unit", u);
            model.put("summary", Kept.of("summary/" + u.slug(), List.of(u, s.figures()), () -> s));
            model.put("groups", groups(u.slug(), s.figures()));
            model.put("children", plan.childrenOf(u.slug()));
            model.put("parent", u.info().parent() == null ? null : bySlug.get(u.info().parent()));
            model.put("successors", u.info().successors().stream().map(bySlug::get).toList());
            model.put("aggregates", plan.derived().aggregates(u));
            model.put("trends", trends(plan, u));
            model.put("peers", peers(plan, u, s, peersByParent));
            model.put("unitNews", Kept.of("news/" + u.slug(), List.copyOf(latestNews), () -> latestNews));
            // Everything the unit's pages are made of, lists taken apart: a list made anew of the same units is the same.
            List<Object> inputs = new ArrayList<>();
            model.forEach((name, value) -> {
                if (name.equals("children") || name.equals("successors") || name.equals("aggregates")) inputs.addAll((List<?>) value);
                else inputs.add(value);
                inputs.add(name);
            });
            List<Map<String, Object>> periodModels = new ArrayList<>();
            for (Period p : u.periods()) {
                List<Figure> figures = plan.derived().figures(u, p);
                Map<String, Object> pm = new LinkedHashMap<>(model);
                pm.put("period", p);
                pm.put("figures", figures);
                pm.put("groups", groups(u.slug() + "/" + p.id(), figures));
                pm.put("documents", Kept.of("documents/" + u.slug() + "/" + p.id(), List.of(u),
                        () -> u.documents().stream().filter(d -> d.citedIn().contains(p.id())).toList()));
                inputs.addAll(List.of(p, figures, pm.get("groups"), pm.get("documents")));
                periodModels.add(pm);
            }
            plan.addGroup("unit/" + u.slug(), inputs, () -> {
                plan.add(Urls.unitPath(u.slug()), "unit.ftlh", u.info().name(), Set.of("units/" + u.slug() + "/", "indicators.yaml"), model);
                for (Map<String, Object> pm : periodModels) {
                    Period p = (Period) pm.get("period");
                    String narrativeFile = "units/" + u.slug() + "/periods/" + p.id() + ".md", page = Urls.periodPath(u.slug(), p.id());
                    pm.put("narrativeHtml", new vn.dxportal.render.LazyHtml(p.narrative(), narrativeFile + " " + page, href -> ContentLinks.rewrite(narrativeFile, page, href)));
                    plan.add(Urls.periodPath(u.slug(), p.id()), "period.ftlh", p.data().title(),
                            Set.of("units/" + u.slug() + "/unit.yaml", "units/" + u.slug() + "/periods/" + p.id(), "indicators.yaml"), pm);
                }
            });
        }
    }
}
