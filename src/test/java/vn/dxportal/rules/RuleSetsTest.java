package vn.dxportal.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.CompleteContent;
import vn.dxportal.TestContent;
import vn.dxportal.build.Pipeline;
import vn.dxportal.diag.Diagnostic;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Rule sets are data: chosen in site.yaml, read from the portal or from dxportal, checked like content. */
class RuleSetsTest {
    @TempDir Path dir;

    private static Pipeline.Planned plan(Path content, Path theme, LocalDate today) {
        return Pipeline.plan(new Pipeline.Options(content, theme, null, null, null, today));
    }

    private static String errors(Pipeline.Planned p) {
        return p.diagnostics().sorted().stream().filter(Diagnostic::isError).map(Diagnostic::toText).toList().toString();
    }

    @Test
    void aPortalMayBringItsOwnRuleSetWithoutTouchingTheTool() {
        TestContent c = new TestContent(dir);
        c.write("site.yaml", "title: Cổng thử nghiệm\nlanguages: [vi]\nrules: {set: quy-dinh-tinh}\n");
        c.write("rules/quy-dinh-tinh.yaml", """
                id: quy-dinh-tinh
                version: "2"
                title: Quy định của tỉnh về trang thông tin điện tử
                short_title: Quy định của tỉnh
                rules:
                  - id: don-vi.ten-tieng-anh
                    title: Tên đơn vị bằng tiếng Anh
                    legal: Quyết định 1/2025/QĐ-UBND, Điều 2
                    severity: must
                    scope: unit
                    checks:
                      - {kind: present, file: unit.yaml, fields: [name_en]}
                """);
        Pipeline.Planned p = plan(c.root, TestContent.defaultTheme(), null);
        assertFalse(p.diagnostics().hasErrors(), errors(p));
        Compliance compliance = p.compliance();
        assertEquals("quy-dinh-tinh", compliance.ruleSet().id());
        assertEquals("2", compliance.ruleSet().version());
        assertEquals(List.of("huyen-b", "tinh-a"), compliance.findings().stream().map(Finding::unit).toList());
        Finding f = compliance.findings().get(0);
        assertEquals("don-vi.ten-tieng-anh", f.rule());
        assertEquals("Quyết định 1/2025/QĐ-UBND, Điều 2", f.legal());
        assertEquals("name_en", f.field());
        assertTrue(f.file().endsWith("units/huyen-b/unit.yaml"), f.file());
        assertTrue(p.pages().stream().anyMatch(pg -> pg.path().equals("tuan-thu/index.html")
                && pg.title().equals("Tuân thủ Quy định của tỉnh")), "the compliance page names the chosen set");
    }

    @Test
    void theDefaultSetAppliesWhenSiteYamlNamesNone() {
        Pipeline.Planned p = plan(new TestContent(dir).root, TestContent.defaultTheme(), null);
        assertEquals("nd42-2022", p.compliance().ruleSet().id());
        assertTrue(p.compliance().ruleSet().rules().size() >= 30);
    }

    @Test
    void anUnknownRuleSetIsAContentErrorWithASuggestion() {
        TestContent c = new TestContent(dir);
        c.write("site.yaml", "title: Cổng thử nghiệm\nlanguages: [vi]\nrules:\n  set: nd42-2021\n");
        Pipeline.Planned p = plan(c.root, TestContent.defaultTheme(), null);
        Diagnostic d = p.diagnostics().sorted().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("UNKNOWN_RULE_SET", d.code());
        assertTrue(d.file().endsWith("site.yaml"));
        assertEquals(4, d.line());
        assertTrue(d.hint().contains("nd42-2022"), d.hint());
        assertTrue(p.pages().isEmpty(), "nothing is planned from content with errors");
    }

    @Test
    void aBrokenRuleSetIsReportedAtItsLineAndNeverHalfApplied() {
        TestContent c = new TestContent(dir);
        c.write("site.yaml", "title: Cổng thử nghiệm\nlanguages: [vi]\nrules: {set: hong}\n");
        c.write("rules/hong.yaml", """
                id: hong
                version: "1"
                title: Bộ quy tắc hỏng
                short_title: Hỏng
                rules:
                  - id: a
                    title: A
                    legal: L
                    severity: must
                    scope: unit
                    checks:
                      - {kind: present, file: unit.yaml}
                  - id: b
                    title: B
                    legal: L
                    severity: sometimes
                    scope: unit
                    checks:
                      - {kind: present, file: don-vi.yaml, fields: [name]}
                """);
        Pipeline.Planned p = plan(c.root, TestContent.defaultTheme(), null);
        List<String> found = p.diagnostics().sorted().stream().filter(Diagnostic::isError)
                .map(d -> d.file().substring(d.file().lastIndexOf('/') + 1) + ":" + d.line() + " " + d.code()).toList();
        assertTrue(found.contains("hong.yaml:12 MISSING_FIELD"), found.toString()); // present needs fields
        assertTrue(found.contains("hong.yaml:16 NOT_ALLOWED"), found.toString());   // severity must|should
        assertTrue(found.contains("hong.yaml:19 NOT_ALLOWED"), found.toString());   // no such content file
        assertFalse(p.compliance().evaluated());
    }

    @Test
    void duplicateRuleIdsAreErrors() {
        TestContent c = new TestContent(dir);
        c.write("site.yaml", "title: Cổng thử nghiệm\nlanguages: [vi]\nrules: {set: trung}\n");
        String rule = """
                  - id: a
                    title: A
                    legal: L
                    severity: should
                    scope: portal
                    checks: [{kind: present, file: site.yaml, fields: [title]}]
                """;
        c.write("rules/trung.yaml", "id: trung\nversion: 1\ntitle: T\nshort_title: T\nrules:\n" + rule + rule);
        Pipeline.Planned p = plan(c.root, TestContent.defaultTheme(), null);
        Diagnostic d = p.diagnostics().sorted().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("DUPLICATE_ID", d.code());
        assertEquals(12, d.line());
    }

    @Test
    void unitsInheritPublicServicePortalsAndFeedbackChannelsFromAbove() {
        TestContent c = new TestContent(dir);
        Pipeline.Planned before = plan(c.root, TestContent.defaultTheme(), null);
        assertEquals(List.of("huyen-b", "tinh-a"), unmetUnits(before.compliance(), "tuong-tac.kenh-phan-anh"));
        c.write("units/tinh-a/unit.yaml", """
                name: Tỉnh A
                level: province
                feedback:
                  - {title: Đường dây nóng, url: "tel:1022"}
                public_services:
                  - {title: Cổng Dịch vụ công tỉnh A, url: https://dichvucong.tinh-a.gov.vn}
                """);
        Pipeline.Planned after = plan(c.root, TestContent.defaultTheme(), null);
        assertEquals(List.of(), unmetUnits(after.compliance(), "tuong-tac.kenh-phan-anh"), "the district uses its province's channel");
        assertEquals(List.of(), unmetUnits(after.compliance(), "dich-vu-cong.cong-dia-phuong"));
    }

    @Test
    void freshnessIsJudgedAgainstTodayOnlyForActiveUnitsAndHonoursSiteYaml() {
        CompleteContent c = new CompleteContent(dir, LocalDate.of(2025, 1, 1));
        assertEquals(OutcomeStatus.MET, status(plan(c.root, c.theme, LocalDate.of(2025, 12, 31)), "cap-nhat.con-moi"));
        Pipeline.Planned late = plan(c.root, c.theme, LocalDate.of(2026, 1, 2));
        assertEquals(OutcomeStatus.UNMET, status(late, "cap-nhat.con-moi"));
        Finding f = late.compliance().findings().stream().filter(x -> x.rule().equals("cap-nhat.con-moi")).findFirst().orElseThrow();
        assertEquals(RuleSeverity.SHOULD, f.severity(), "a stale date warns; it does not fail --strict");
        assertTrue(f.detail().contains("01/01/2025") && f.detail().contains("366 ngày") && f.detail().contains("365"), f.detail());

        c.replace("site.yaml", "languages: [vi, en]\n", "languages: [vi, en]\nrules: {max_age_days: 400}\n");
        assertEquals(OutcomeStatus.MET, status(plan(c.root, c.theme, LocalDate.of(2026, 1, 2)), "cap-nhat.con-moi"));

        assertEquals(OutcomeStatus.NOT_EVALUATED, status(plan(c.root, c.theme, null), "cap-nhat.con-moi"),
                "a build without SOURCE_DATE_EPOCH does not judge freshness, so its output never depends on the day");

        c.replace("units/tinh-day-du/unit.yaml", "level: province\n", "level: province\nended: \"2025-07-01\"\n");
        assertEquals(OutcomeStatus.NOT_APPLICABLE, status(plan(c.root, c.theme, LocalDate.of(2030, 1, 1)), "cap-nhat.con-moi"),
                "a unit that has ended keeps its pages as record; its information is not expected to be kept current");
    }

    @Test
    void aPortalOverrideThatDropsARequiredFunctionIsNamedInTheFinding() {
        CompleteContent c = new CompleteContent(dir, LocalDate.of(2025, 6, 1)).overrideWithout("templates/layout.ftlh", "name=\"DC.language\"");
        Pipeline.Planned p = plan(c.root, c.theme, LocalDate.of(2025, 6, 30));
        Finding f = p.compliance().findings().stream().filter(x -> x.rule().equals("sieu-du-lieu.dublin-core")).findFirst().orElseThrow();
        assertTrue(f.file().endsWith("content/layouts/templates/layout.ftlh"), f.file());
        assertEquals("name=\"DC.language\"", f.field());
        assertTrue(f.hint().contains("layouts/"), f.hint());
    }

    private static List<String> unmetUnits(Compliance c, String rule) {
        return c.outcomes().stream().filter(o -> o.rule().id().equals(rule) && o.unmet()).map(Outcome::unit).toList();
    }

    private static OutcomeStatus status(Pipeline.Planned p, String rule) {
        return p.compliance().outcomes().stream().filter(o -> o.rule().id().equals(rule)).findFirst().orElseThrow().status();
    }
}
