package vn.dxportal.imports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The downloadable templates docs/templates/mau-nhap-chi-so.csv and .xlsx: every column of the layout, with the
 * Lâm Thao 2022 figures as examples. Run with -Ddxportal.writeDocs=true to make them again after changing {@link Column}.
 */
class ImportTemplateTest {
    static final Path CSV = Path.of("docs/templates/mau-nhap-chi-so.csv");
    static final Path XLSX = Path.of("docs/templates/mau-nhap-chi-so.xlsx");

    /** Example rows in column order; "" is an empty cell. */
    static final List<List<String>> EXAMPLES = List.of(
            List.of("ho-so-truc-tuyen", "Tỷ lệ hồ sơ TTHC xử lý trực tuyến", "cấp huyện", "", "6322", "7052", "85", "", "89.64", "vượt", "4.64", "",
                    "6.322/7.052 đạt tỷ lệ 89,64% (vượt chỉ tiêu 4,64%)", ""),
            List.of("to-cong-nghe-so", "Số tổ công nghệ số cộng đồng", "", "156", "", "", "", "", "", "", "", "", "",
                    "Ghi đúng như báo cáo"));

    static String csv() {
        // A byte-order mark, so Excel opens the UTF-8 file with its Vietnamese letters intact.
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", Arrays.stream(Column.values()).map(c -> quote(c.header())).toList())).append("\r\n");
        for (List<String> row : EXAMPLES) out.append(String.join(",", row.stream().map(ImportTemplateTest::quote).toList())).append("\r\n");
        return out.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("(") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static void writeXlsx(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("chi-so");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            Column[] cols = Column.values();
            for (int c = 0; c < cols.length; c++) {
                header.createCell(c).setCellValue(cols[c].header());
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, 22 * 256);
            }
            for (int r = 0; r < EXAMPLES.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < cols.length; c++) {
                    String v = EXAMPLES.get(r).get(c);
                    if (v.isEmpty()) continue;
                    boolean numeric = cols[c].type == Column.Type.NUMBER || cols[c].type == Column.Type.VALUE;
                    if (numeric) row.createCell(c).setCellValue(new BigDecimal(v).doubleValue());
                    else row.createCell(c).setCellValue(v);
                }
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
        }
    }

    @Test
    void templatesAreCurrent() throws Exception {
        if (Boolean.getBoolean("dxportal.writeDocs")) {
            Files.createDirectories(CSV.getParent());
            Files.writeString(CSV, csv(), StandardCharsets.UTF_8);
            writeXlsx(XLSX);
        }
        assertEquals(csv(), Files.readString(CSV, StandardCharsets.UTF_8), "run with -Ddxportal.writeDocs=true to refresh the templates");
        assertEquals(shown(SheetReader.read(CSV, null)), shown(SheetReader.read(XLSX, null)), "the .xlsx template holds what the .csv holds");
        for (Column c : Column.values()) assertEquals(c, Column.of(c.header()), c.header());
    }

    private static List<List<String>> shown(Sheet s) {
        List<List<String>> out = new ArrayList<>();
        for (List<Sheet.Cell> row : s.rows()) {
            List<String> r = new ArrayList<>(row.stream().map(Sheet.Cell::shown).toList());
            while (r.size() < Column.values().length) r.add("");
            out.add(r);
        }
        return out;
    }
}
