package vn.dxportal.rules;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.CompleteContent;
import vn.dxportal.build.Pipeline;
import vn.dxportal.diag.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Every rule of the default set, one at a time: the complete fixture meets it; removing the one item it asks for
 * makes that rule, and no other, unmet.
 */
class RulesTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final LocalDate UPDATED = LocalDate.of(2025, 6, 1);
    static final String UNIT = "units/tinh-day-du/unit.yaml";
    static final String SITE = "site.yaml";

    /** How to take away what each rule asks for, in a way that touches nothing any other rule checks. */
    static final Map<String, Consumer<CompleteContent>> REMOVALS = Map.ofEntries(
            entry("gioi-thieu.chuc-nang", c -> c.replace(UNIT, "functions: |\n  Ủy ban nhân dân tỉnh là cơ quan hành chính nhà nước ở địa phương.\n", "")),
            entry("gioi-thieu.co-cau-to-chuc", c -> c.replace(UNIT, "  - {title: Văn phòng Ủy ban nhân dân tỉnh, title_en: Office of the People's Committee}\n"
                    + "  - {title: Sở Khoa học và Công nghệ, title_en: Department of Science and Technology, url: https://skhcn.daydu.gov.vn}\n", "").replace(UNIT, "structure:\n", "")),
            entry("gioi-thieu.so-do-to-chuc", c -> c.replace(UNIT, "structure_chart: {src: images/so-do.png, alt: Sơ đồ tổ chức Ủy ban nhân dân tỉnh, alt_en: Organisation chart}\n", "")),
            entry("gioi-thieu.lien-he", c -> c.replace(UNIT, "  fax: \"0200 3800 001\"\n", "")),
            entry("gioi-thieu.dau-moi", c -> c.replace(UNIT, "    email: binhtt@daydu.gov.vn\n", "")),
            entry("van-ban.danh-muc", c -> c.replace("units/tinh-day-du/documents.yaml", "    effective: \"2024-01-10\"\n", "")),
            entry("dich-vu-cong.cong-quoc-gia", c -> c.replace(SITE, "url: https://dichvucong.gov.vn", "url: https://dichvucong.example.vn")),
            entry("dich-vu-cong.cong-dia-phuong", c -> c.replace(UNIT, "public_services:\n  - {title: Cổng Dịch vụ công tỉnh Đầy Đủ, url: https://dichvucong.daydu.gov.vn}\n", "")),
            entry("dich-vu-cong.thong-ke", c -> c.replace("units/tinh-day-du/periods/2024.yaml", "services:\n  - {level: cấp tỉnh, received: 100, online: 80}\n", "")),
            entry("thong-tin.pho-bien-phap-luat", c -> c.replace("units/tinh-day-du/news/pho-bien-nghi-dinh.md", "category: Phổ biến, hướng dẫn pháp luật", "category: Tin hoạt động")),
            entry("thong-tin.chien-luoc-ke-hoach", c -> c.replace("units/tinh-day-du/periods/2024.yaml", "tasks:\n  - {name: Triển khai nền tảng số, kind: result, status: hoàn thành}\n", "")),
            entry("thong-tin.thong-ke-bao-cao", c -> c.replace("units/tinh-day-du/periods/2024.yaml", "indicators:\n  - {indicator: ho-so-truc-tuyen, numerator: 80, denominator: 100, target: 75}\n", "")),
            entry("chuc-nang.tim-kiem", c -> c.overrideWithout("templates/layout.ftlh", "role=\"search\"")),
            entry("chuc-nang.lien-ket", c -> c.replace(SITE, "links:\n  - {title: Cổng thông tin điện tử Chính phủ, url: https://chinhphu.vn}\n", "")),
            entry("chuc-nang.in-an", c -> c.overrideWithout("static/print.js", "window.print")),
            entry("chuc-nang.duong-dan-co-dinh", c -> c.overrideWithout("templates/layout.ftlh", "class=\"permalink\"")),
            entry("chuc-nang.dia-chi-cong", c -> c.replace(SITE, "base_url: https://daydu.gov.vn/\n", "")),
            entry("tieng-anh.ngon-ngu", c -> c.replace(SITE, "languages: [vi, en]", "languages: [vi]")),
            entry("tieng-anh.to-chuc", c -> c.replace(UNIT, "functions_en: |\n  The Provincial People's Committee is the local state administrative body.\n", "")),
            entry("tuong-tac.hoi-dap", c -> c.replace("units/tinh-day-du/qa.yaml", "    answer: Truy cập Cổng Dịch vụ công tỉnh và đăng nhập bằng tài khoản định danh điện tử.\n", "")),
            entry("tuong-tac.kenh-phan-anh", c -> c.replace(UNIT, "feedback:\n  - {title: \"Hệ thống tiếp nhận phản ánh, kiến nghị\", kind: phản ánh kiến nghị, url: https://phananh.daydu.gov.vn}\n", "")),
            entry("tiep-can-thong-tin.dau-moi", c -> c.replace(UNIT, "    email: tiepcan@daydu.gov.vn\n", "")),
            entry("tiep-can-thong-tin.cach-yeu-cau", c -> c.replace(UNIT, "  how_to_request: |\n    Gửi phiếu yêu cầu qua thư điện tử hoặc nộp tại Bộ phận Một cửa.\n", "")),
            entry("tiep-can-thong-tin.danh-muc", c -> c.replace(UNIT, "      duration: Thường xuyên\n", "")),
            entry("bo-cuc.quoc-huy", c -> c.replace(SITE, "emblem: {src: images/quoc-huy.png, alt: Quốc huy, alt_en: National emblem}\n", "")),
            entry("bo-cuc.ten-co-quan", c -> c.overrideWithout("templates/layout.ftlh", "class=\"brand-agency\"")),
            entry("bo-cuc.menu-chinh", c -> c.overrideWithout("templates/layout.ftlh", "t(\"nav.services\")")),
            entry("bo-cuc.so-do-cong", c -> c.deleteThemeFile("templates/sitemap-page.ftlh")),
            entry("bo-cuc.chan-trang", c -> c.replace(SITE, "licence: Giấy phép số 01/GP-TTĐT ngày 02/01/2024 của Cục Phát thanh, truyền hình và thông tin điện tử.\n", "")),
            entry("sieu-du-lieu.dublin-core", c -> c.overrideWithout("templates/layout.ftlh", "name=\"DC.publisher\"")),
            entry("cap-nhat.tin-bai", c -> c.replace("units/tinh-day-du/news/pho-bien-nghi-dinh.md", "source: Văn phòng Ủy ban nhân dân tỉnh\n", "")),
            entry("cap-nhat.ngay-cap-nhat", c -> c.replace(UNIT, "updated: \"" + UPDATED + "\"\n", "")),
            entry("cap-nhat.con-moi", c -> c.replace(UNIT, "updated: \"" + UPDATED + "\"", "updated: \"2024-01-01\"")));

    @TempDir Path dir;

    static Compliance comply(CompleteContent c, LocalDate today) {
        Pipeline.Planned p = Pipeline.plan(new Pipeline.Options(c.root, c.theme, null, null, null, today));
        assertFalse(p.diagnostics().hasErrors(), () -> p.diagnostics().sorted().stream().map(Diagnostic::toText).toList().toString());
        return p.compliance();
    }

    static String unmet(Compliance c) {
        return c.outcomes().stream().filter(o -> o.status() != OutcomeStatus.MET)
                .map(o -> o.rule().id() + " " + o.status() + " " + o.findings().stream().map(Finding::message).toList() + " " + o.note())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void theCompleteFixtureMeetsEveryRule() {
        Compliance c = comply(new CompleteContent(dir, UPDATED), TODAY);
        assertEquals("nd42-2022", c.ruleSet().id());
        assertEquals("", unmet(c));
        assertEquals(c.ruleSet().rules().size(), c.outcomes().size(), "one portal, one unit: each rule applied once");
    }

    @TestFactory
    Stream<DynamicTest> eachRuleFailsWhenWhatItAsksForIsRemoved() throws IOException {
        List<String> ids = new RuleSetLoader(dir).load("nd42-2022", null, new vn.dxportal.diag.Diagnostics()).rules().stream().map(Rule::id).toList();
        return ids.stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            Path here = Files.createTempDirectory(dir, "rule");
            CompleteContent c = new CompleteContent(here, UPDATED);
            Consumer<CompleteContent> removal = REMOVALS.get(id);
            assertNotNull(removal, "no removal test for rule " + id);
            removal.accept(c);
            Compliance after = comply(c, TODAY);
            List<Outcome> notMet = after.outcomes().stream().filter(o -> o.status() != OutcomeStatus.MET).toList();
            assertEquals(List.of(id), notMet.stream().map(o -> o.rule().id()).toList(), () -> "only " + id + " fails:\n" + unmet(after));
            Outcome o = notMet.get(0);
            assertEquals(OutcomeStatus.UNMET, o.status());
            assertFalse(o.findings().isEmpty());
            for (Finding f : o.findings()) {
                assertEquals(id, f.rule());
                assertFalse(f.legal().isBlank());
                assertFalse(f.field().isBlank());
                assertTrue(f.file().startsWith(c.root.toString()) || f.file().startsWith(c.theme.toString()), f.file());
                assertEquals(o.rule().scope() == RuleScope.UNIT ? "tinh-day-du" : null, f.unit());
            }
        }));
    }

    @Test
    void everyRuleHasARemovalAndEveryRemovalARule() {
        var set = new RuleSetLoader(dir).load("nd42-2022", null, new vn.dxportal.diag.Diagnostics());
        assertEquals(new TreeSet<>(REMOVALS.keySet()), new TreeSet<>(set.rules().stream().map(Rule::id).toList()));
    }
}
