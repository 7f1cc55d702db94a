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
        List<FigureBlock> blocks = new ArrayList<>();
        List<DataDownload> downloads = new ArrayList<>();
        String licence = plan.portal().site().licence();
        String latest = null;
        int total = 0;
        for (Unit u : plan.portal().units()) {
            // A unit's rows are made from the unit, its periods and their figures alone.
            List<Object> inputs = new ArrayList<>();
            inputs.add(u);
            boolean any = false;
            for (Period p : u.periods()) {
                if (latest == null || p.id().compareTo(latest) > 0) latest = p.id();
                List<Figure> figures = plan.derived().figures(u, p);
                inputs.add(p);
                inputs.add(figures);
                any |= !figures.isEmpty();
            }
            if (!any) continue;
            FigureBlock block = FigureBlock.of(u.slug(), inputs, () -> rows(plan, u));
            int count = block.rows().size();
            blocks.add(block);
            total += count;
            downloads.add(add(plan, "don-vi/" + u.slug(), u.info().name(), licence, List.of(block), "units/" + u.slug() + "/", count));
        }
        List<FigureBlock> all = List.copyOf(blocks);
        DataDownload portal = add(plan, "toan-cong", plan.portal().site().title(), licence, all, "*", total);
        List<DataDownload> indicators = new ArrayList<>();
        for (Indicator i : plan.portal().indicators()) {
            IndicatorRows rows = new IndicatorRows(all, i.id());
            int count = rows.count();
            if (count == 0) continue;
            String csv = Urls.dataFilePath("chi-tieu/" + i.id(), "csv"), json = Urls.dataFilePath("chi-tieu/" + i.id(), "json");
            plan.addData(csv, Set.of("*"), (Page.Pieces) () -> OpenData.csvPieces(rows));
            plan.addData(json, Set.of("*"), (Page.Pieces) () -> OpenData.jsonPieces(i.name(), licence, rows));
            indicators.add(new DataDownload(i.name(), csv, json, count));
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

    /** Every figure of a unit as an open-data row, period by period. */
    private static List<FigureRow> rows(PlanContext plan, Unit u) {
        List<FigureRow> rows = new ArrayList<>();
        for (Period p : u.periods()) {
            for (Figure f : plan.derived().figures(u, p)) rows.add(FigureRow.of(u, f, contentRelative(p.source().file())));
        }
        return rows;
    }

    /** "content/units/x/periods/2022.yaml" → "units/x/periods/2022.yaml": the same whatever --content was given. */
    private static String contentRelative(String shownPath) {
        int at = shownPath.lastIndexOf("units/");
        return at < 0 ? shownPath : shownPath.substring(at);
    }

    /** A download's CSV and JSON files: every row of {@code blocks}. */
    private static DataDownload add(PlanContext plan, String name, String title, String licence, List<FigureBlock> blocks,
                                    String dependsOn, int rows) {
        String csv = Urls.dataFilePath(name, "csv"), json = Urls.dataFilePath(name, "json");
        plan.addData(csv, Set.of(dependsOn), (Page.Pieces) () -> OpenData.csvPieces(blocks));
        plan.addData(json, Set.of(dependsOn), (Page.Pieces) () -> OpenData.jsonPieces(title, licence, blocks));
        return new DataDownload(title, csv, json, rows);
    }
}
