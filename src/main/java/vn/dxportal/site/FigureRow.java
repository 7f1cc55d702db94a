package vn.dxportal.site;

import vn.dxportal.metrics.Figure;
import vn.dxportal.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One figure as a row of open data: its values in column order (text, exact decimals, or null for empty cells),
 * worked out once, and written once per format ({@link FigureBlock}).
 * The column names are a published contract (docs/open-data.md): change them only with a new format version.
 */
record FigureRow(List<Object> values) {

    static final List<String> COLUMNS = List.of("unit", "unit_name", "level", "parent", "period", "indicator", "indicator_name",
            "pillar", "kind", "measure_unit", "scope", "numerator", "denominator", "value", "percent", "target", "status",
            "difference", "change", "stated_percent", "stated_status", "source_file");

    static FigureRow of(Unit unit, Figure figure, String sourceFile) {
        var o = figure.observation();
        var i = figure.indicator();
        List<Object> v = new ArrayList<>(COLUMNS.size());
        v.add(unit.slug());
        v.add(unit.info().name());
        v.add(unit.info().level().key());
        v.add(unit.info().parent());
        v.add(figure.period());
        v.add(i.id());
        v.add(i.name());
        v.add(i.pillar().key());
        v.add(i.kind().key());
        v.add(i.unit());
        v.add(o.scope());
        v.add(o.numerator());
        v.add(o.denominator());
        v.add(o.flag() != null ? (Object) o.flag() : o.number());
        v.add(round(figure.percent()));
        v.add(o.target());
        v.add(figure.status().vi());
        v.add(round(figure.difference()));
        v.add(round(figure.change()));
        v.add(o.stated().percent());
        v.add(o.stated().status());
        v.add(sourceFile);
        return new FigureRow(java.util.Collections.unmodifiableList(v));
    }

    /** The indicator's id (column "indicator"). */
    String indicator() {
        return (String) values.get(5);
    }

    /** Derived decimals are published to 4 places: enough to recompute, stable across platforms. */
    private static BigDecimal round(BigDecimal d) {
        return d == null ? null : d.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
