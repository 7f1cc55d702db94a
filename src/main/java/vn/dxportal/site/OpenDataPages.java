package vn.dxportal.site;

import vn.dxportal.metrics.Figure;
import vn.dxportal.model.Indicator;
import vn.dxportal.model.Period;
import vn.dxportal.model.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Open data: CSV and JSON of every figure for the whole portal, each unit and each indicator, and a data
 * page listing every download with its licence and the period it is current to.
 */
final class OpenDataPages implements PageSet {
    @Override
    public void plan(PlanContext plan) {
        List<FigureRow> all = new ArrayList<>();
        Map<String, List<FigureRow>> byIndicator = new LinkedHashMap<>();
        plan.portal().indicators().forEach(i -> byIndicator.put(i.id(), new ArrayList<>()));
        List<DataDownload> downloads = new ArrayList<>();
        String licence = plan.portal().site().licence();
        String latest = null;
        for (Unit u : plan.portal().units()) {
            List<FigureRow> unitRows = new ArrayList<>();
            for (Period p : u.periods()) {
                if (latest == null || p.id().compareTo(latest) > 0) latest = p.id();
                for (Figure f : plan.derived().figures(u, p)) {
                    FigureRow row = FigureRow.of(u, f, contentRelative(p.source().file()));
                    unitRows.add(row);
                    byIndicator.get(f.indicator().id()).add(row);
                }
            }
            all.addAll(unitRows);
            if (!unitRows.isEmpty()) downloads.add(add(plan, "don-vi/" + u.slug(), u.info().name(), licence, unitRows, "units/" + u.slug() + "/"));
        }
        DataDownload portal = add(plan, "toan-cong", plan.portal().site().title(), licence, all, "*");
        List<DataDownload> indicators = new ArrayList<>();
        for (Indicator i : plan.portal().indicators()) {
            List<FigureRow> rows = byIndicator.get(i.id());
            if (!rows.isEmpty()) indicators.add(add(plan, "chi-tieu/" + i.id(), i.name(), licence, rows, "*"));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("portalDownload", portal);
        model.put("unitDownloads", downloads);
        model.put("indicatorDownloads", indicators);
        model.put("licence", licence);
        model.put("latestPeriod", latest);
        model.put("columns", FigureRow.COLUMNS);
        plan.add(Urls.dataPath(), "data.ftlh", "Dữ liệu mở", Set.of("*"), model);
    }

    /** "content/units/x/periods/2022.yaml" → "units/x/periods/2022.yaml": the same whatever --content was given. */
    private static String contentRelative(String shownPath) {
        int at = shownPath.lastIndexOf("units/");
        return at < 0 ? shownPath : shownPath.substring(at);
    }

    private static DataDownload add(PlanContext plan, String name, String title, String licence, List<FigureRow> rows, String dependsOn) {
        String csv = Urls.dataFilePath(name, "csv"), json = Urls.dataFilePath(name, "json");
        List<FigureRow> fixed = List.copyOf(rows);
        plan.addData(csv, Set.of(dependsOn), () -> OpenData.csv(fixed));
        plan.addData(json, Set.of(dependsOn), () -> OpenData.json(title, licence, fixed));
        return new DataDownload(title, csv, json, fixed.size());
    }
}
