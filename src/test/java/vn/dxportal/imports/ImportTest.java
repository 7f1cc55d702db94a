package vn.dxportal.imports;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.TestContent;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Lang;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code dxportal import}: figures land in the period YAML, the rest of the file stays, bad cells are named by A1 reference. */
class ImportTest {
    @TempDir Path dir;

    private static final String PERIOD = """
            # Số liệu Huyện Bình 2022: chú thích đầu tệp giữ nguyên.
            title: Báo cáo năm 2022
            report:
              issuer: UBND huyện Bình   # chú thích cuối dòng
            indicators:
              # --- Chỉ tiêu có từ trước ---
              - indicator: to-cong-nghe-so
                value: 150
                parts:
                  - {label: Cấp xã, value: 5}
                  - {label: Khu dân cư, value: 151}
            # Kinh phí theo báo cáo
            budget:
              total: 17512432000   # đồng
            """;

    private TestContent content() {
        return new TestContent(dir).write("units/huyen-b/periods/2022.yaml", PERIOD);
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void csvWithBomCrlfSemicolonsAndVietnameseNumbersIsImportedAndTheRestOfTheFileKept() throws Exception {
        TestContent c = content();
        Path sheet = write("so-lieu.csv", "\uFEFFMã chỉ tiêu (indicator);Tên chỉ tiêu;Giá trị;Tử số;Mẫu số;Chỉ tiêu kế hoạch;Tỷ lệ báo cáo nêu;Đánh giá của báo cáo\r\n"
                + "ho-so-truc-tuyen;Hồ sơ trực tuyến;;6.322;7.052;85;89,64%;Vượt\r\n"
                + "to-cong-nghe-so;Tổ công nghệ số;156;;;;;\r\n"
                + ";;;;;;;\r\n");
        Importer.Result r = Importer.run(c.root, sheet, "huyen-b", "2022", null);
        assertTrue(r.ok(), () -> r.errors().toString());
        assertTrue(r.changed());
        assertEquals(1, r.added());
        assertEquals(1, r.updated());
        String after = Files.readString(r.file());
        assertTrue(after.startsWith("# Số liệu Huyện Bình 2022: chú thích đầu tệp giữ nguyên.\ntitle: Báo cáo năm 2022\nreport:\n  issuer: UBND huyện Bình   # chú thích cuối dòng\nindicators:\n  # --- Chỉ tiêu có từ trước ---\n"), after);
        assertTrue(after.endsWith("# Kinh phí theo báo cáo\nbudget:\n  total: 17512432000   # đồng\n"), after);
        assertTrue(after.contains("""
                  - indicator: to-cong-nghe-so
                    value: 156
                    parts:
                      - {label: "Cấp xã", value: 5}
                      - {label: "Khu dân cư", value: 151}
                """), "parts, which the sheet has no column for, are kept:\n" + after);
        assertTrue(after.contains("""
                  - indicator: ho-so-truc-tuyen
                    numerator: 6322
                    denominator: 7052
                    target: 85
                    stated:
                      percent: 89.64
                      status: vượt
                """), after);

        byte[] once = Files.readAllBytes(r.file());
        Importer.Result again = Importer.run(c.root, sheet, "huyen-b", "2022", null);
        assertTrue(again.ok());
        assertFalse(again.changed());
        assertArrayEquals(once, Files.readAllBytes(r.file()), "importing the same sheet twice changes nothing");
        assertEquals(0, vn.dxportal.cli.Main.run("check", "--content", c.root.toString()), "the imported file passes check");
    }

    @Test
    void xlsxNumbersPercentCellsFormulasAndBooleans() throws Exception {
        TestContent c = content();
        Path sheet = dir.resolve("so-lieu.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(sheet)) {
            var s = wb.createSheet("Năm 2022");
            Row h = s.createRow(0);
            String[] header = {"indicator", "numerator", "denominator", "stated_percent", "scope"};
            for (int i = 0; i < header.length; i++) h.createCell(i).setCellValue(header[i]);
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("ho-so-truc-tuyen");
            r.createCell(1).setCellValue(11086);
            r.createCell(2).setCellFormula("12000+493");
            var pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            r.createCell(3).setCellValue(0.8873);
            r.getCell(3).setCellStyle(pct);
            r.createCell(4).setCellValue("cấp xã");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        Importer.Result res = Importer.run(c.root, sheet, "huyen-b", "2022", null);
        assertTrue(res.ok(), () -> res.errors().toString());
        String after = Files.readString(res.file());
        assertTrue(after.contains("""
                  - indicator: ho-so-truc-tuyen
                    scope: "cấp xã"
                    numerator: 11086
                    denominator: 12493
                    stated:
                      percent: 88.73
                """), after);
        assertEquals(0, vn.dxportal.cli.Main.run("check", "--content", c.root.toString()));
    }

    @Test
    void everyBadCellIsNamedAndNothingIsWritten() throws Exception {
        TestContent c = content();
        Path file = c.root.resolve("units/huyen-b/periods/2022.yaml");
        byte[] before = Files.readAllBytes(file);
        Path sheet = write("loi.csv", "indicator,numerator,denominator,stated_status,taget\n"
                + "ho-so-truc-tuyn,6322,7052,vượt,\n"
                + "ho-so-truc-tuyen,sáu nghìn,7052,tốt,\n"
                + ",5,,,\n"
                + "ho-so-truc-tuyen,1,2,,\n");
        Importer.Result r = Importer.run(c.root, sheet, "huyen-b", "2022", null);
        assertFalse(r.ok());
        List<String> texts = r.errors().stream().map(Diagnostic::toText).toList();
        String all = String.join("\n", texts);
        assertTrue(all.contains("loi.csv:1:5: lỗi [IMPORT_HEADER] Trang tính 'loi.csv', ô E1: cột 'taget' không có trong mẫu."), all);
        assertTrue(all.contains("loi.csv:2:1: lỗi [IMPORT_UNKNOWN_INDICATOR] Trang tính 'loi.csv', ô A2: không có chỉ tiêu 'ho-so-truc-tuyn'"), all);
        assertTrue(all.contains("Có phải ý bạn là 'ho-so-truc-tuyen'?"), all);
        assertTrue(all.contains("ô B3 (cột 'Tử số (numerator)'): 'sáu nghìn' không phải là số."), all);
        assertTrue(all.contains("ô D3: trạng thái 'tốt' không hợp lệ."), all);
        assertTrue(all.contains("ô A4: dòng có số liệu nhưng thiếu mã chỉ tiêu."), all);
        assertTrue(all.contains("ô A5: chỉ tiêu 'ho-so-truc-tuyen' đã có ở dòng 3."), all);
        assertTrue(r.errors().get(0).toText(Lang.EN).contains("error [IMPORT_HEADER] Sheet 'loi.csv', cell E1"), r.errors().get(0).toText(Lang.EN));
        assertArrayEquals(before, Files.readAllBytes(file), "nothing written");
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of("2022.md", "2022.yaml"), files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void aChangedEntryWithACommentInsideIsRefusedNotSilentlyStripped() throws Exception {
        TestContent c = new TestContent(dir).write("units/huyen-b/periods/2022.yaml", """
                title: Báo cáo năm 2022
                report: {}
                indicators:
                  - indicator: to-cong-nghe-so
                    value: 150   # báo cáo ghi "khoảng 150"
                """);
        byte[] before = Files.readAllBytes(c.root.resolve("units/huyen-b/periods/2022.yaml"));
        Path same = write("same.csv", "indicator,value\nto-cong-nghe-so,150\n");
        Importer.Result unchanged = Importer.run(c.root, same, "huyen-b", "2022", null);
        assertTrue(unchanged.ok() && !unchanged.changed(), "an entry the sheet does not change keeps its comment");
        Path sheet = write("new.csv", "indicator,value\nto-cong-nghe-so,156\n");
        Importer.Result r = Importer.run(c.root, sheet, "huyen-b", "2022", null);
        assertFalse(r.ok());
        assertEquals("IMPORT_CANNOT_MERGE", r.errors().get(0).code());
        assertTrue(r.errors().get(0).message().contains("dòng 5"), r.errors().get(0).message());
        assertArrayEquals(before, Files.readAllBytes(c.root.resolve("units/huyen-b/periods/2022.yaml")));
    }

    @Test
    void importsIntoAFreshScaffoldedPeriodAndTheTemplateItself() throws Exception {
        TestContent c = new TestContent(dir);
        assertEquals(0, vn.dxportal.cli.Main.run("new", "period", "--unit", "huyen-b", "--period", "2023", "--content", c.root.toString()));
        Importer.Result r = Importer.run(c.root, ImportTemplateTest.CSV, "huyen-b", "2023", null);
        assertTrue(r.ok(), () -> r.errors().toString());
        assertEquals(2, r.added());
        Importer.Result x = Importer.run(c.root, ImportTemplateTest.XLSX, "huyen-b", "2023", null);
        assertTrue(x.ok() && !x.changed(), "the .xlsx template holds what the .csv holds");
        assertEquals(0, vn.dxportal.cli.Main.run("check", "--content", c.root.toString()));
        Importer.Result missing = Importer.run(c.root, ImportTemplateTest.CSV, "huyen-b", "2030", null);
        assertEquals("IMPORT_NO_PERIOD", missing.errors().get(0).code());
    }

    @Test
    void theNamedSheetIsReadAndTheCommandLineExitsOneOnErrors() throws Exception {
        TestContent c = content();
        Path sheet = dir.resolve("hai-trang.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(sheet)) {
            Row first = wb.createSheet("Hướng dẫn").createRow(0);
            first.createCell(0).setCellValue("Ghi mỗi chỉ tiêu một dòng");
            var data = wb.createSheet("Số liệu");
            data.createRow(0).createCell(0).setCellValue("indicator");
            data.getRow(0).createCell(1).setCellValue("value");
            data.createRow(1).createCell(0).setCellValue("to-cong-nghe-so");
            data.getRow(1).createCell(1).setCellValue("nhiều");
            wb.write(out);
        }
        String root = c.root.toString();
        assertEquals(1, vn.dxportal.cli.Main.run("import", sheet.toString(), "--unit", "huyen-b", "--period", "2022", "--content", root),
                "the first sheet has no indicator column");
        Importer.Result wrongCell = Importer.run(c.root, sheet, "huyen-b", "2022", "Số liệu");
        assertEquals("hai-trang.xlsx:2:2: lỗi [IMPORT_NOT_NUMBER] Trang tính 'Số liệu', ô B2 (cột 'Giá trị (value)'): 'nhiều' không phải là số.",
                wrongCell.errors().get(0).toText().lines().findFirst().orElseThrow().replace(dir + "/", ""));
        Importer.Result noSheet = Importer.run(c.root, sheet, "huyen-b", "2022", "Không có");
        assertEquals("IMPORT_FORMAT", noSheet.errors().get(0).code());
        Path csv = write("dung.csv", "indicator,value\nto-cong-nghe-so,156\n");
        assertEquals(0, vn.dxportal.cli.Main.run("import", csv.toString(), "--unit", "huyen-b", "--period", "2022", "--content", root));
        assertEquals(1, vn.dxportal.cli.Main.run("import", csv.toString(), "--unit", "huyen-b", "--period", "2031", "--content", root));
    }

    @Test
    void aWindowsSavedPeriodFileKeepsItsBomAndLineEndings() throws Exception {
        TestContent c = new TestContent(dir);
        Path period = c.root.resolve("units/huyen-b/periods/2022.yaml");
        Files.writeString(period, "\uFEFF" + PERIOD.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        Path sheet = write("so-lieu.csv", "indicator,value\nto-cong-nghe-so,156\n");
        assertTrue(Importer.run(c.root, sheet, "huyen-b", "2022", null).changed());
        String after = Files.readString(period, StandardCharsets.UTF_8);
        assertTrue(after.startsWith("\uFEFF# Số liệu Huyện Bình 2022"), after);
        assertFalse(after.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        assertTrue(after.contains("    value: 156\r\n"), after);
        byte[] once = Files.readAllBytes(period);
        assertFalse(Importer.run(c.root, sheet, "huyen-b", "2022", null).changed());
        assertArrayEquals(once, Files.readAllBytes(period));
    }

    @Test
    void aListWrittenWithoutIndentationIsMergedInItsOwnStyle() throws Exception {
        TestContent c = new TestContent(dir).write("units/huyen-b/periods/2022.yaml", """
                title: Báo cáo năm 2022
                report: {}
                indicators:
                - indicator: to-cong-nghe-so
                  value: 150
                  parts:
                  - {label: Cấp xã, value: 5}
                budget:
                  total: 5
                """);
        Path sheet = write("so-lieu.csv", "indicator,value,numerator,denominator\nto-cong-nghe-so,156,,\nho-so-truc-tuyen,,1,2\n");
        Importer.Result r = Importer.run(c.root, sheet, "huyen-b", "2022", null);
        assertTrue(r.ok(), () -> r.errors().toString());
        assertEquals("""
                title: Báo cáo năm 2022
                report: {}
                indicators:
                - indicator: to-cong-nghe-so
                  value: 156
                  parts:
                    - {label: "Cấp xã", value: 5}
                - indicator: ho-so-truc-tuyen
                  numerator: 1
                  denominator: 2
                budget:
                  total: 5
                """, Files.readString(r.file()));
    }

    @Test
    void numbersAsVietnameseReportsWriteThem() {
        assertEquals("6322", Numbers.parse("6.322").toPlainString());
        assertEquals("89.64", Numbers.parse("89,64%").toPlainString());
        assertEquals("89.64", Numbers.parse("89.64").toPlainString());
        assertEquals("17512432000", Numbers.parse("17.512.432.000").toPlainString());
        assertEquals("1234.5", Numbers.parse("1,234.5").toPlainString());
        assertNull(Numbers.parse("6.32.2"));
        assertEquals("AB12", Sheet.a1(27, 12));
    }
}
