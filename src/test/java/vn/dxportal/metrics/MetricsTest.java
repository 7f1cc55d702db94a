package vn.dxportal.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.TestContent;
import vn.dxportal.content.ContentLoader;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Diagnostics;
import vn.dxportal.model.Portal;
import vn.dxportal.validate.Validator;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MetricsTest {
    @TempDir Path dir;

    private record Run(Derived derived, List<Diagnostic> warnings) {}

    private Run derive(TestContent c) {
        Diagnostics d = new Diagnostics();
        Portal portal = new Validator().validate(new ContentLoader(c.root, d).load(), d);
        assertNotNull(portal, () -> d.sorted().toString());
        Derived derived = Metrics.derive(portal, d);
        return new Run(derived, d.sorted());
    }

    private List<String> codes(Run r) { return r.warnings().stream().map(Diagnostic::code).toList(); }

    @Test
    void figuresCarryRatioStatusAndDifference() {
        Run r = derive(new TestContent(dir));
        var unit = r.derived().portal().unitsBySlug().get("huyen-b");
        Figure f = r.derived().figures(unit, unit.periods().get(0)).get(0);
        assertTrue(f.computed());
        assertEquals(Status.EXCEEDED, f.status());
        assertEquals("4.65", f.difference().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        assertTrue(codes(r).isEmpty(), () -> "consistent sample has no warnings: " + r.warnings());
    }

    @Test
    void changeAgainstThePreviousPeriodOfTheSameKind() {
        TestContent c = new TestContent(dir).write("units/huyen-b/periods/2021.yaml", """
                title: Báo cáo 2021
                report: {}
                indicators:
                  - {indicator: to-cong-nghe-so, value: 100}
                """).write("units/huyen-b/periods/2022-h1.yaml", """
                title: Báo cáo 6 tháng 2022
                report: {}
                indicators:
                  - {indicator: to-cong-nghe-so, value: 140}
                """);
        Run r = derive(c);
        var unit = r.derived().portal().unitsBySlug().get("huyen-b");
        var year2022 = unit.periods().stream().filter(p -> p.id().equals("2022")).findFirst().orElseThrow();
        Figure teams = r.derived().figures(unit, year2022).get(1);
        assertEquals(0, teams.change().compareTo(new java.math.BigDecimal("56")), "2022 vs 2021, not vs 2022-h1");
        assertEquals("2021", teams.previousPeriod());
    }

    @Test
    void reportContradictionsBecomeWarningsWithPositions() {
        TestContent c = new TestContent(dir).write("units/huyen-b/periods/2022.yaml", """
                title: Báo cáo
                report: {}
                indicators:
                  - indicator: ho-so-truc-tuyen
                    numerator: 8000
                    denominator: 7052
                    target: 85
                    stated: {percent: 80.5, status: chưa đạt}
                  - indicator: to-cong-nghe-so
                    value: 155
                    parts:
                      - {label: Cấp huyện, value: 15}
                      - {label: Cấp xã, value: 141}
                budget:
                  total: 1000
                  items:
                    - {label: A, value: 600}
                    - {label: B, value: 300}
                """);
        Run r = derive(c);
        assertEquals(List.of("STATED_PERCENT_MISMATCH", "STATED_STATUS_MISMATCH", "NUMERATOR_EXCEEDS_DENOMINATOR", "PARTS_SUM_MISMATCH", "PARTS_SUM_MISMATCH"),
                r.warnings().stream().sorted(java.util.Comparator.comparingInt(Diagnostic::line)).map(Diagnostic::code).toList().subList(0, 5).stream()
                        .sorted(java.util.Comparator.comparing((String s) -> List.of("STATED_PERCENT_MISMATCH", "STATED_STATUS_MISMATCH", "NUMERATOR_EXCEEDS_DENOMINATOR", "PARTS_SUM_MISMATCH").indexOf(s))).toList());
        Diagnostic parts = r.warnings().stream().filter(d -> d.message().contains("156")).findFirst().orElseThrow();
        assertEquals(11, parts.line());
        assertTrue(parts.message().contains("155"));
    }

    @Test
    void parentFigureDifferentFromSumOfChildren() {
        TestContent c = new TestContent(dir).write("units/tinh-a/periods/2022.yaml", """
                title: Báo cáo tỉnh
                report: {}
                indicators:
                  - {indicator: to-cong-nghe-so, value: 100}
                """);
        Run r = derive(c);
        assertTrue(codes(r).contains("PARENT_SUM_MISMATCH"), "children alone add up to 156 > 100: " + codes(r));
    }

    @Test
    void aParentLargerThanItsKnownChildrenIsNotAContradiction() {
        TestContent c = new TestContent(dir).write("units/tinh-a/periods/2022.yaml", """
                title: Báo cáo tỉnh
                report: {}
                indicators:
                  - {indicator: to-cong-nghe-so, value: 2356}
                """);
        assertFalse(codes(derive(c)).contains("PARENT_SUM_MISMATCH"));
    }

    @Test
    void statedPercentOfACountAgainstItsTarget() {
        TestContent c = new TestContent(dir).write("units/huyen-b/periods/2022.yaml", """
                title: Báo cáo
                report: {}
                indicators:
                  - {indicator: to-cong-nghe-so, value: 19898, target: 12014, stated: {percent: 245.48}}
                """);
        assertTrue(codes(derive(c)).contains("STATED_PERCENT_MISMATCH"));
    }

    @Test
    void unitsAreRankedBestFirst() {
        TestContent c = new TestContent(dir)
                .write("units/huyen-c/unit.yaml", "name: Huyện Cát\nlevel: district\nparent: tinh-a\n")
                .write("units/huyen-c/periods/2022.yaml", """
                        title: B
                        report: {}
                        indicators:
                          - {indicator: ho-so-truc-tuyen, numerator: 95, denominator: 100}
                        """);
        Run r = derive(c);
        var rows = r.derived().comparison(r.derived().portal().indicatorsById().get("ho-so-truc-tuyen"));
        assertEquals("huyen-c", rows.get(0).unit().slug());
        assertEquals(1, rows.get(0).rank());
        assertEquals(2, rows.get(1).rank());
    }
}
