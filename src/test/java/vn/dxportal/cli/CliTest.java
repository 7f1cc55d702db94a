package vn.dxportal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.CompleteContent;
import vn.dxportal.TestContent;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The command line as publishing scripts call it: exit codes, output forms, and what happens to the output folder. */
class CliTest {
    @TempDir Path dir;

    record Run(int exit, String out, String err) {}

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void helpOnEveryCommandAndVersion() {
        assertEquals(0, run("--help").exit());
        Run build = run("build", "--help");
        assertEquals(0, build.exit());
        assertTrue(build.out().contains("--base-url"));
        Run check = run("check", "--help");
        assertTrue(check.out().contains("--strict") && check.out().contains("--format"));
        assertTrue(run("--version").out().startsWith("dxportal "));
    }

    @Test
    void checkExitsZeroOnValidContentAndOneOnErrors() {
        TestContent c = new TestContent(dir);
        assertEquals(0, run("check", "--content", c.root.toString()).exit());
        c.write("units/tinh-a/unit.yaml", "name: Tỉnh A\nlevl: province\n");
        Run r = run("check", "--content", c.root.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("units/tinh-a/unit.yaml:2:1: lỗi [UNKNOWN_KEY]"), r.out());
        assertTrue(r.out().contains("'level'"), r.out());
        assertFalse(r.out().contains("Exception") || r.err().contains("Exception"), "no stack trace");
    }

    @Test
    void langEnPrintsDiagnosticsInEnglishOnCheckAndBuild() {
        TestContent c = new TestContent(dir);
        c.write("units/tinh-a/unit.yaml", "name: Tỉnh A\nlevl: province\n");
        Run check = run("check", "--lang", "en", "--content", c.root.toString());
        assertEquals(1, check.exit());
        assertTrue(check.out().contains("units/tinh-a/unit.yaml:2:1: error [UNKNOWN_KEY] 'levl' is not a field of unit.schema.json; did you mean 'level'?"), check.out());
        assertTrue(check.out().contains("→ Change 'levl' to 'level'."), check.out());
        assertTrue(check.out().contains("2 error(s), 0 warning(s)."), check.out());
        assertFalse(check.out().contains("lỗi ["), check.out());
        Run build = run("build", "--lang", "en", "--content", c.root.toString(), "--out", dir.resolve("site").toString());
        assertEquals(1, build.exit());
        assertTrue(build.err().contains("error [UNKNOWN_KEY]") && build.err().contains("Build failed"), build.err());
        Run json = run("check", "--lang", "en", "--format", "json", "--content", c.root.toString());
        assertTrue(json.out().contains("\"hint\" : \"Change 'levl' to 'level'.\""), json.out());
        Run vi = run("check", "--content", c.root.toString());
        assertTrue(vi.out().contains("lỗi [UNKNOWN_KEY] Trường 'levl' không có trong unit.schema.json; có phải ý bạn là 'level'?"), vi.out());
    }

    /** DXPORTAL_LANG sets the default language; the environment can only be given to a new process. */
    @Test
    void dxportalLangEnvironmentVariableChoosesEnglish() throws Exception {
        TestContent c = new TestContent(dir);
        c.write("units/tinh-a/unit.yaml", "name: Tỉnh A\nlevl: province\n");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", "--content", c.root.toString())
                .redirectErrorStream(true);
        pb.environment().put("DXPORTAL_LANG", "en");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor());
        assertTrue(out.contains("error [UNKNOWN_KEY] 'levl' is not a field of unit.schema.json; did you mean 'level'?"), out);
    }

    @Test
    void strictTurnsWarningsIntoFailure() {
        TestContent c = new TestContent(dir).write("units/huyen-b/periods/2022.yaml", """
                title: Báo cáo
                report: {}
                indicators:
                  - {indicator: ho-so-truc-tuyen, numerator: 1, denominator: 2, stated: {percent: 60}}
                """);
        assertEquals(0, run("check", "--content", c.root.toString()).exit());
        assertEquals(1, run("check", "--strict", "--content", c.root.toString()).exit());
    }

    @Test
    void jsonFormatForTools() throws Exception {
        TestContent c = new TestContent(dir).write("units/tinh-a/unit.yaml", "name: Tỉnh A\n");
        Run r = run("check", "--format", "json", "--content", c.root.toString());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertEquals(1, json.get("errors").asInt());
        assertEquals("MISSING_FIELD", json.get("diagnostics").get(0).get("code").asText());
        assertEquals(1, json.get("diagnostics").get(0).get("line").asInt());
    }

    @Test
    void failedBuildLeavesThePreviousSiteExactlyAsItWas() throws Exception {
        TestContent c = new TestContent(dir);
        Path out = dir.resolve("site");
        assertEquals(0, run("build", "--content", c.root.toString(), "--out", out.toString()).exit());
        String before = Files.readString(out.resolve("index.html"));
        long files = countFiles(out);
        c.write("indicators.yaml", "indicators: [\n");
        Run r = run("build", "--content", c.root.toString(), "--out", out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("indicators.yaml:"), r.err());
        assertEquals(before, Files.readString(out.resolve("index.html")));
        assertEquals(files, countFiles(out));
    }

    @Test
    void outFolderNotMadeByDxportalIsRefusedUntouched() throws Exception {
        TestContent c = new TestContent(dir);
        Path out = dir.resolve("documents");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        Run r = run("build", "--content", c.root.toString(), "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("OUTPUT_REFUSED"), r.err());
        assertEquals(1, countFiles(out));
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void missingContentFolderIsAClearError() {
        Run r = run("check", "--content", dir.resolve("nope").toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("CONTENT_MISSING"), r.out());
    }

    @Test
    void aMissingThemeFolderIsNamedAsSuchNotAsADiskError() {
        TestContent c = new TestContent(dir);
        Path out = dir.resolve("site");
        Run r = run("build", "--lang", "en", "--content", c.root.toString(), "--out", out.toString(), "--theme", dir.resolve("no-theme").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("[THEME]") && r.err().contains("no-theme") && r.err().contains("--theme DIR"), r.err());
        assertFalse(r.err().contains("WRITE") || r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void checkReportsComplianceInItsOwnSectionAndStrictFailsOnUnmetMustRules() {
        TestContent c = new TestContent(dir);
        Run r = run("check", "--content", c.root.toString());
        assertEquals(0, r.exit(), "compliance gaps alone do not fail a plain check");
        String out = r.out();
        int section = out.indexOf("Tuân thủ Nghị định 42/2022 (bộ quy tắc nd42-2022, phiên bản 1)");
        assertTrue(section > out.indexOf("0 lỗi, 0 cảnh báo."), "after the content findings:\n" + out);
        assertTrue(out.contains("Huyện Bình (huyen-b): đạt "), out);
        assertTrue(out.contains(c.root + "/units/huyen-b/unit.yaml:1:1: bắt buộc [gioi-thieu.chuc-nang] Chức năng, nhiệm vụ, quyền hạn của cơ quan: "
                + "thiếu 'functions'. (Nghị định 42/2022/NĐ-CP, Điều 4)\n      → Thêm 'functions:' vào " + c.root + "/units/huyen-b/unit.yaml."), out);
        assertTrue(out.contains("lượt yêu cầu bắt buộc"), out);
        assertEquals(1, run("check", "--strict", "--content", c.root.toString()).exit(), "unmet must rules fail --strict");
    }

    @Test
    void aUnitWithCompleteInformationPassesCheckStrict() {
        CompleteContent c = new CompleteContent(dir, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        Run r = run("check", "--strict", "--content", c.root.toString(), "--theme", c.theme.toString());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("Toàn cổng: đạt 13/13 yêu cầu."), r.out());
        assertTrue(r.out().contains("Tỉnh Đầy Đủ (tinh-day-du): đạt 20/20 yêu cầu."), r.out());
        assertTrue(r.out().contains("Chưa đạt: 0 lượt yêu cầu bắt buộc, 0 lượt khuyến nghị."), r.out());
    }

    @Test
    void jsonCarriesComplianceFindingsApartFromDiagnostics() throws Exception {
        TestContent c = new TestContent(dir);
        Run r = run("check", "--format", "json", "--content", c.root.toString());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertEquals(0, json.get("diagnostics").size());
        assertEquals("nd42-2022", json.get("rule_set").get("id").asText());
        assertTrue(json.get("compliance_summary").get("must_unmet").asInt() > 0);
        var compliance = json.get("compliance");
        assertTrue(compliance.isArray() && compliance.size() > 0);
        boolean found = false;
        for (var f : compliance) {
            for (String key : new String[]{"rule", "severity", "legal", "unit", "file", "line", "column", "field", "message", "hint"}) {
                assertTrue(f.has(key), key + " in " + f);
            }
            if (f.get("rule").asText().equals("gioi-thieu.lien-he") && f.get("unit").asText().equals("tinh-a")
                    && f.get("field").asText().equals("agency.fax")) {
                found = true;
                assertEquals("must", f.get("severity").asText());
                assertEquals("Nghị định 42/2022/NĐ-CP, Điều 4", f.get("legal").asText());
                assertTrue(f.get("file").asText().endsWith("units/tinh-a/unit.yaml"));
            }
        }
        assertTrue(found, compliance.toString());
    }

    static long countFiles(Path p) throws Exception {
        try (var s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
