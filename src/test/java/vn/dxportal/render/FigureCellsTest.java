package vn.dxportal.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.metrics.Figure;
import vn.dxportal.metrics.Status;
import vn.dxportal.model.Indicator;
import vn.dxportal.model.Kind;
import vn.dxportal.model.Observation;
import vn.dxportal.model.Pillar;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code fmt.cells(f)}: a figure's cells as a figure table shows them, the same text the single helpers give. */
class FigureCellsTest {
    private static final Indicator ONLINE = new Indicator("tthc-truc-tuyen", "Tỷ lệ hồ sơ trực tuyến", null, Kind.RATIO, null,
            Pillar.CHINH_QUYEN_SO, null, null, "hồ sơ trực tuyến", "hồ sơ", null, null);
    private static final Indicator TEAMS = new Indicator("to-cong-nghe", "Tổ công nghệ số cộng đồng", null, Kind.COUNT, "tổ",
            Pillar.XA_HOI_SO, null, null, null, null, null, null);

    private static final String ROW = "<#assign c = fmt.cells(f)>${c.id}|${c.name}|${c.scope!\"-\"}|${c.fraction!\"-\"}|${c.value}|${c.target}|"
            + "${c.difference}|${c.change}|${c.previousPeriod!\"-\"}|${c.statusCss}|${c.statusLabel}|${c.statedStatus!\"-\"}";

    @Test
    void aRatioWithItsNumbersTargetAndChange(@TempDir Path dir) throws Exception {
        Observation o = new Observation(ONLINE.id(), "cấp xã", new BigDecimal("6322"), new BigDecimal("7052"), null,
                new BigDecimal("85"), null, null, null, null);
        Figure f = new Figure("2023", ONLINE, o, new BigDecimal("89.65"), true, new BigDecimal("89.65"), Status.EXCEEDED,
                new BigDecimal("4.65"), new BigDecimal("-1.2"), "2022");
        Helpers fmt = new Helpers();
        String row = OneTemplateTheme.of(dir, ROW).render("t.ftlh", Map.of("fmt", fmt, "f", f));
        assertEquals("tthc-truc-tuyen|Tỷ lệ hồ sơ trực tuyến|cấp xã|6.322/7.052|" + fmt.value(f) + "|" + fmt.target(f) + "|"
                + fmt.difference(f) + "|" + fmt.change(f) + "|" + fmt.period("2022") + "|exceeded|vượt chỉ tiêu|-", row);
        assertTrue(row.contains("|89,65%|85%|"), row);
    }

    @Test
    void whatIsMissingIsMissingAndTheReportsWordStandsInForNoTarget(@TempDir Path dir) throws Exception {
        Observation o = new Observation(TEAMS.id(), null, null, null, null, null, null,
                new Observation.Stated(null, "đạt", null, null, null, null), null, null);
        Figure f = new Figure("2023", TEAMS, o, null, false, new BigDecimal("12"), Status.NO_TARGET, null, null, null);
        assertEquals("to-cong-nghe|Tổ công nghệ số cộng đồng|-|-|12 tổ||||-|no-target|không có chỉ tiêu|đạt",
                OneTemplateTheme.of(dir, ROW).render("t.ftlh", Map.of("fmt", new Helpers(), "f", f)));
    }

    @Test
    void anUnknownCellIsATemplateErrorNamingTheCells(@TempDir Path dir) throws Exception {
        Figure f = new Figure("2023", TEAMS, new Observation(TEAMS.id(), null, null, null, null, null, null, null, null, null),
                null, false, null, Status.NO_DATA, null, null, null);
        Templates.TemplateProblem problem = assertThrows(Templates.TemplateProblem.class,
                () -> OneTemplateTheme.of(dir, "${fmt.cells(f).percent}").render("t.ftlh", Map.of("fmt", new Helpers(), "f", f)));
        assertTrue(problem.getMessage().contains("percent") && problem.getMessage().contains("statusCss"), problem.getMessage());
    }
}
