package vn.dxportal.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.TestContent;
import vn.dxportal.content.ContentLoader;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Diagnostics;
import vn.dxportal.diag.Lang;
import vn.dxportal.model.Portal;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Each kind of bad input the foundation issue names gets its own diagnostic, with file, line, column and a fix. */
class ValidatorTest {
    @TempDir Path dir;

    private List<Diagnostic> errors(TestContent c) {
        Diagnostics d = new Diagnostics();
        Portal p = new Validator().validate(new ContentLoader(c.root, d).load(), d);
        List<Diagnostic> errors = d.sorted().stream().filter(Diagnostic::isError).toList();
        if (errors.isEmpty()) assertNotNull(p);
        return errors;
    }

    private Diagnostic only(TestContent c, String code) {
        List<Diagnostic> errors = errors(c);
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
        Diagnostic d = errors.get(0);
        assertEquals(code, d.code(), d::toText);
        assertNotNull(d.hint());
        return d;
    }

    @Test
    void validContentHasNoErrors() {
        assertTrue(errors(new TestContent(dir)).isEmpty());
    }

    @Test
    void malformedYaml() {
        TestContent c = new TestContent(dir).write("units/tinh-a/unit.yaml", "name: Tỉnh A\nlevel: [province\n");
        Diagnostic d = only(c, "YAML_SYNTAX");
        assertTrue(d.file().endsWith("units/tinh-a/unit.yaml"));
        assertTrue(d.line() >= 2);
    }

    @Test
    void wrongType() {
        TestContent c = new TestContent(dir).write("units/huyen-b/periods/2022.yaml", """
                title: Báo cáo
                report: {}
                indicators:
                  - indicator: ho-so-truc-tuyen
                    numerator: "6.322"
                """);
        Diagnostic d = only(c, "WRONG_TYPE");
        assertEquals(5, d.line());
        assertEquals(16, d.column());
        assertTrue(d.hint().contains("6322"), d.hint());
    }

    @Test
    void unknownKeySuggestsTheClosestKnownOne() {
        TestContent c = new TestContent(dir).write("units/huyen-b/periods/2022.yaml", """
                title: Báo cáo
                report: {}
                indicators:
                  - indicator: ho-so-truc-tuyen
                    taget: 85
                """);
        Diagnostic d = only(c, "UNKNOWN_KEY");
        assertEquals(5, d.line());
        assertEquals(5, d.column());
        assertTrue(d.message().contains("'target'"), d.message());
        assertTrue(d.hint().contains("'target'"), d.hint());
        // The same suggestion in English (check --lang en).
        assertTrue(d.messageIn(Lang.EN).contains("did you mean 'target'?"), d.messageIn(Lang.EN));
        assertTrue(d.toText(Lang.EN).contains("error [UNKNOWN_KEY]") && d.toText(Lang.EN).contains("Change 'taget' to 'target'."), d.toText(Lang.EN));
    }

    @Test
    void unknownIndicatorSuggestsInBothLanguages() {
        TestContent c = new TestContent(dir).write("units/huyen-b/periods/2022.yaml", """
                title: Báo cáo
                report: {}
                indicators:
                  - indicator: ho-so-truc-tuyn
                """);
        Diagnostic d = only(c, "UNKNOWN_INDICATOR");
        assertEquals("Có phải ý bạn là 'ho-so-truc-tuyen'?", d.hint());
        assertEquals("Did you mean 'ho-so-truc-tuyen'?", d.hintIn(Lang.EN));
    }

    @Test
    void missingRequiredField() {
        TestContent c = new TestContent(dir).write("units/tinh-a/unit.yaml", "name: Tỉnh A\n");
        Diagnostic d = only(c, "MISSING_FIELD");
        assertTrue(d.message().contains("'level'"), d.message());
        assertEquals(1, d.line());
    }

    @Test
    void unknownIndicator() {
        TestContent c = new TestContent(dir).write("units/huyen-b/periods/2022.yaml", """
                title: Báo cáo
                report: {}
                indicators:
                  - indicator: ho-so-truc-tuyn
                """);
        Diagnostic d = only(c, "UNKNOWN_INDICATOR");
        assertEquals(4, d.line());
        assertTrue(d.hint().contains("ho-so-truc-tuyen"), d.hint());
    }

    @Test
    void unknownParentUnit() {
        TestContent c = new TestContent(dir).write("units/huyen-b/unit.yaml", "name: Huyện Bình\nlevel: district\nparent: tinh-x\n");
        Diagnostic d = only(c, "UNKNOWN_UNIT");
        assertEquals(3, d.line());
        assertEquals(9, d.column());
    }

    @Test
    void duplicateIndicatorId() {
        TestContent c = new TestContent(dir).write("indicators.yaml", """
                indicators:
                  - id: ho-so-truc-tuyen
                    name: A
                    kind: ratio
                    pillar: chinh-quyen-so
                  - id: to-cong-nghe-so
                    name: B
                    kind: count
                    pillar: xa-hoi-so
                  - id: ho-so-truc-tuyen
                    name: C
                    kind: ratio
                    pillar: chinh-quyen-so
                """);
        Diagnostic d = only(c, "DUPLICATE_ID");
        assertEquals(10, d.line());
        assertTrue(d.message().contains("dòng 2"), d.message());
    }

    @Test
    void duplicateDocumentId() {
        TestContent c = new TestContent(dir).write("units/huyen-b/documents.yaml", """
                documents:
                  - {id: kh-1, form: Kế hoạch, number: 1/KH-UBND, title: A}
                  - {id: kh-1, form: Kế hoạch, number: 2/KH-UBND, title: B}
                """);
        assertEquals(3, only(c, "DUPLICATE_ID").line());
    }

    @Test
    void duplicateObservationInOnePeriod() {
        TestContent c = new TestContent(dir).write("units/huyen-b/periods/2022.yaml", """
                title: Báo cáo
                report: {}
                indicators:
                  - {indicator: to-cong-nghe-so, value: 1}
                  - {indicator: to-cong-nghe-so, value: 2}
                """);
        assertEquals(5, only(c, "DUPLICATE_OBSERVATION").line());
    }

    @Test
    void impossibleDate() {
        TestContent c = new TestContent(dir).write("units/huyen-b/unit.yaml", "name: Huyện Bình\nlevel: district\nended: \"2025-02-30\"\n");
        assertEquals(3, only(c, "BAD_DATE").line());
    }

    @Test
    void badPeriodFileName() {
        TestContent c = new TestContent(dir).write("units/huyen-b/periods/2022-nam.yaml", "title: A\nreport: {}\n");
        only(c, "PERIOD_ID");
    }

    @Test
    void documentFileOutsideTheUnitIsRefused() {
        TestContent c = new TestContent(dir).write("units/huyen-b/documents.yaml", """
                documents:
                  - {id: kh-1, form: Kế hoạch, number: 1/KH-UBND, title: A, file: ../../site.yaml}
                """);
        only(c, "PATH_OUTSIDE");
    }

    @Test
    void missingDocumentFileIsAnError() {
        TestContent c = new TestContent(dir).write("units/huyen-b/documents.yaml", """
                documents:
                  - {id: kh-1, form: Kế hoạch, number: 1/KH-UBND, title: A, file: files/kh-1.pdf}
                """);
        only(c, "FILE_NOT_FOUND");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        TestContent c = new TestContent(dir)
                .write("units/tinh-a/unit.yaml", "name: Tỉnh A\n")
                .write("site.yaml", "title: X\nlanguages: [vi]\ntitel: Y\n");
        assertEquals(2, errors(c).size());
    }

    @Test
    void suggestionsUseEditDistance() {
        assertEquals("target", Suggestions.closest("taget", List.of("target", "title", "value")));
        assertEquals("numerator", Suggestions.closest("numerater", List.of("numerator", "denominator")));
        assertNull(Suggestions.closest("xyz", List.of("target", "numerator")));
    }

    @Test
    void theEmblemAndOrganisationChartMustBeImagesInsideTheContent() throws Exception {
        TestContent c = new TestContent(dir).write("site.yaml", "title: Cổng\nlanguages: [vi]\nemblem: {src: images/quoc-huy.png, alt: Quốc huy}\n");
        Diagnostic missing = only(c, "FILE_NOT_FOUND");
        assertTrue(missing.file().endsWith("site.yaml"));
        assertEquals(3, missing.line());
        java.nio.file.Files.createDirectories(c.root.resolve("images"));
        java.nio.file.Files.write(c.root.resolve("images/quoc-huy.png"), new byte[]{1});
        assertTrue(errors(c).isEmpty());

        c.write("units/tinh-a/unit.yaml", "name: Tỉnh A\nlevel: province\nstructure_chart: {src: ../../images/quoc-huy.png, alt: Sơ đồ}\n");
        assertEquals(3, only(c, "PATH_OUTSIDE").line());
        c.write("units/tinh-a/unit.yaml", "name: Tỉnh A\nlevel: province\nstructure_chart: {src: so-do.pdf, alt: Sơ đồ}\n");
        Diagnostic notImage = only(c, "BAD_FORMAT");
        assertTrue(notImage.hint().contains(".png"), notImage.hint());
        c.write("units/tinh-a/unit.yaml", "name: Tỉnh A\nlevel: province\nstructure_chart: {src: so-do.png}\n");
        assertEquals("MISSING_FIELD", only(c, "MISSING_FIELD").code(), "an image needs its alt text");
    }

    @Test
    void linksFromYamlMustNotCarryScript() {
        TestContent c = new TestContent(dir).write("site.yaml", """
                title: Cổng
                languages: [vi]
                links:
                  - {title: A, url: "javascript:alert(1)"}
                  - {title: B, url: " JaVa\\tScRiPt:alert(1)"}
                  - {title: C, url: "data:text/html,<script>alert(1)</script>"}
                  - {title: D, url: "vbscript:msgbox(1)"}
                  - {title: E, url: https://chinhphu.vn}
                  - {title: F, url: "mailto:ubnd@example.gov.vn"}
                  - {title: G, url: "tel:02103000000"}
                  - {title: H, url: ../van-ban/index.html}
                  - {title: I, url: "#lien-he"}
                """);
        c.write("units/huyen-b/documents.yaml", "documents:\n  - {id: kh-1, form: Kế hoạch, number: 1/KH-UBND, title: A, url: \"javascript:x()\"}\n");
        List<Diagnostic> errors = errors(c);
        assertEquals(List.of("UNSAFE_URL"), errors.stream().map(Diagnostic::code).distinct().toList(), errors::toString);
        assertEquals(List.of(4, 5, 6, 7), errors.stream().filter(d -> d.file().endsWith("site.yaml")).map(Diagnostic::line).toList());
        assertEquals(2, errors.stream().filter(d -> d.file().endsWith("documents.yaml")).findFirst().orElseThrow().line());
        assertTrue(errors.get(0).message().contains("'javascript:'"), errors.get(0).message());
        assertTrue(errors.get(0).hint().contains("https://"));
    }

    @Test
    void qaFilesAreValidatedLikeEveryOtherFile() {
        TestContent c = new TestContent(dir).write("units/tinh-a/qa.yaml", "updated: \"2025-02-30\"\nquestions:\n  - {questin: Hỏi gì}\n");
        List<String> codes = errors(c).stream().map(Diagnostic::code).toList();
        assertTrue(codes.contains("BAD_DATE") && codes.contains("UNKNOWN_KEY") && codes.contains("MISSING_FIELD"), codes.toString());
    }
}
