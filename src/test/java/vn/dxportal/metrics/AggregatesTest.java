package vn.dxportal.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.TestContent;
import vn.dxportal.content.ContentLoader;
import vn.dxportal.diag.Diagnostics;
import vn.dxportal.model.Portal;
import vn.dxportal.validate.Validator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class AggregatesTest {
    @TempDir Path dir;

    private Derived derive(TestContent c) {
        Diagnostics d = new Diagnostics();
        Portal p = new Validator().validate(new ContentLoader(c.root, d).load(), d);
        assertNotNull(p, () -> d.sorted().toString());
        return Metrics.derive(p, d);
    }

    /** Two districts: 6322/7052 and 95/100. The province share is 6417/7152, not the mean of 89,65% and 95%. */
    private TestContent twoDistricts() {
        return new TestContent(dir)
                .write("units/huyen-c/unit.yaml", "name: Huyện Cát\nlevel: district\nparent: tinh-a\n")
                .write("units/huyen-c/periods/2022.yaml", """
                        title: B
                        report: {}
                        indicators:
                          - {indicator: ho-so-truc-tuyen, numerator: 95, denominator: 100}
                          - {indicator: to-cong-nghe-so, value: 10}
                        """);
    }

    @Test
    void ratiosAddNumeratorsAndDenominatorsNeverAveragePercentages() {
        Derived d = derive(twoDistricts());
        List<Aggregate> province = d.aggregates(d.portal().unitsBySlug().get("tinh-a"));
        Aggregate ratio = province.stream().filter(a -> a.indicator().id().equals("ho-so-truc-tuyen")).findFirst().orElseThrow();
        assertEquals(0, ratio.numerator().compareTo(new BigDecimal("6417")));
        assertEquals(0, ratio.denominator().compareTo(new BigDecimal("7152")));
        assertEquals("89.72", ratio.result().setScale(2, RoundingMode.HALF_UP).toPlainString());
        assertEquals(2, ratio.reporting());
        assertTrue(ratio.complete());
        Aggregate teams = province.stream().filter(a -> a.indicator().id().equals("to-cong-nghe-so")).findFirst().orElseThrow();
        assertEquals(0, teams.result().compareTo(new BigDecimal("166")));
    }

    @Test
    void theParentsOwnFigureSitsBesideTheAggregate() {
        TestContent c = twoDistricts().write("units/tinh-a/periods/2022.yaml", """
                title: Tỉnh
                report: {}
                indicators:
                  - {indicator: to-cong-nghe-so, value: 2356}
                """);
        Derived d = derive(c);
        Aggregate teams = d.aggregates(d.portal().unitsBySlug().get("tinh-a")).stream()
                .filter(a -> a.indicator().id().equals("to-cong-nghe-so")).findFirst().orElseThrow();
        assertEquals(0, teams.own().value().compareTo(new BigDecimal("2356")));
    }

    @Test
    void aChildWithOnlyAStatedPercentCannotBeAdded() {
        TestContent c = twoDistricts().write("units/huyen-c/periods/2022.yaml", """
                title: B
                report: {}
                indicators:
                  - {indicator: ho-so-truc-tuyen, stated: {percent: 95}}
                """);
        Derived d = derive(c);
        Aggregate ratio = d.aggregates(d.portal().unitsBySlug().get("tinh-a")).stream()
                .filter(a -> a.indicator().id().equals("ho-so-truc-tuyen")).findFirst().orElseThrow();
        assertEquals(1, ratio.reporting());
        assertFalse(ratio.complete());
    }

    @Test
    void rankingTiesShareARank() {
        TestContent c = twoDistricts().write("units/huyen-c/periods/2022.yaml", """
                title: B
                report: {}
                indicators:
                  - {indicator: to-cong-nghe-so, value: 156}
                """).write("units/huyen-d/unit.yaml", "name: Huyện Đông\nlevel: district\nparent: tinh-a\n")
                .write("units/huyen-d/periods/2022.yaml", """
                        title: D
                        report: {}
                        indicators:
                          - {indicator: to-cong-nghe-so, value: 20}
                        """);
        Derived d = derive(c);
        List<Derived.Comparison> rows = d.comparison(d.portal().indicatorsById().get("to-cong-nghe-so"));
        assertEquals(List.of(1, 1, 3), rows.stream().map(Derived.Comparison::rank).toList());
        assertEquals(List.of("huyen-b", "huyen-c", "huyen-d"), rows.stream().map(r -> r.unit().slug()).toList(), "ties by name");
    }

    @Test
    void indicatorsThatCannotBeAddedTrendByTheirMedian() {
        TestContent c = twoDistricts().write("indicators.yaml", """
                indicators:
                  - {id: ho-so-truc-tuyen, name: A, kind: ratio, pillar: chinh-quyen-so}
                  - {id: to-cong-nghe-so, name: B, kind: count, pillar: xa-hoi-so}
                """);
        Derived d = derive(c);
        Aggregate a = d.portalTrend(d.portal().indicatorsById().get("ho-so-truc-tuyen")).get(0);
        assertTrue(a.median());
        // median of 89.648…% and 95%
        assertEquals("92.32", a.result().setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    @Test
    void portalTrendPerPeriod() {
        TestContent c = twoDistricts().write("units/huyen-b/periods/2021.yaml", """
                title: A
                report: {}
                indicators:
                  - {indicator: to-cong-nghe-so, value: 100}
                """);
        Derived d = derive(c);
        List<Aggregate> trend = d.portalTrend(d.portal().indicatorsById().get("to-cong-nghe-so"));
        assertEquals(List.of("2021", "2022"), trend.stream().map(Aggregate::periodId).toList());
        assertEquals(0, trend.get(1).result().compareTo(new BigDecimal("166")));
    }

    /**
     * The sum that adds whole numbers as longs gives what adding BigDecimals one by one from zero gives: the same
     * value and the same scale, with decimals, negatives, zeros with a scale, and longs that overflow.
     */
    @Test
    void aSumIsExactlyTheBigDecimalSum() {
        java.util.Random random = new java.util.Random(7);
        List<List<BigDecimal>> cases = new java.util.ArrayList<>();
        cases.add(List.of());
        cases.add(List.of(new BigDecimal("0.00")));
        cases.add(List.of(new BigDecimal("5"), new BigDecimal("-5")));
        cases.add(List.of(new BigDecimal("12.5"), new BigDecimal("3"), new BigDecimal("1E+3")));
        cases.add(List.of(BigDecimal.valueOf(Long.MAX_VALUE / 20), BigDecimal.valueOf(Long.MAX_VALUE / 20),
                new BigDecimal("99999999999999999"), new BigDecimal("99999999999999999"), new BigDecimal("-0.1")));
        List<BigDecimal> many = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) many.add(BigDecimal.valueOf(random.nextLong() % 100_000_000_000_000_000L));
        cases.add(many);
        for (int c = 0; c < 200; c++) {
            List<BigDecimal> mixed = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                mixed.add(random.nextInt(4) == 0 ? BigDecimal.valueOf(random.nextInt(1_000_000) - 500_000, random.nextInt(4))
                        : BigDecimal.valueOf(random.nextInt(1_000_000)));
            }
            cases.add(mixed);
        }
        for (List<BigDecimal> values : cases) {
            Aggregates.Sum sum = new Aggregates.Sum();
            BigDecimal expected = BigDecimal.ZERO;
            for (BigDecimal v : values) {
                sum.add(v);
                expected = expected.add(v);
            }
            BigDecimal got = sum.total();
            assertEquals(expected, got, () -> "value and scale of the sum of " + values.subList(0, Math.min(5, values.size())));
        }
    }
}
