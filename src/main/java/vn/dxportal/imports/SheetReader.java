package vn.dxportal.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.dxportal.content.TextFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the first sheet of an .xlsx (or the one named) or a .csv file into a {@link Sheet}. */
final class SheetReader {
    private SheetReader() {}

    static final class Unreadable extends Exception {
        Unreadable(String message) { super(message); }
    }

    static Sheet read(Path file, String sheetName) throws Unreadable {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".csv")) return csv(file);
            if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) return xlsx(file, sheetName);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        throw new Unreadable(file.getFileName() + " (.xlsx, .csv)");
    }

    /**
     * UTF-8 with or without BOM, CRLF or LF (TextFiles normalises both, and NFD to NFC); comma or semicolon, whichever
     * the header row uses more (Excel in a Vietnamese locale saves CSV with semicolons).
     */
    private static Sheet csv(Path file) throws IOException {
        String text = TextFiles.read(file);
        String header = text.lines().findFirst().orElse("");
        char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
        List<List<Sheet.Cell>> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
            for (CSVRecord r : parser) {
                List<Sheet.Cell> cells = new ArrayList<>();
                for (String v : r) cells.add(new Sheet.Cell(v.strip(), null, null));
                rows.add(cells);
            }
        }
        return new Sheet(file.getFileName().toString(), file.getFileName().toString(), rows);
    }

    private static int count(String s, char c) { return (int) s.chars().filter(x -> x == c).count(); }

    private static Sheet xlsx(Path file, String sheetName) throws IOException, Unreadable {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            org.apache.poi.ss.usermodel.Sheet sheet = sheetName == null ? wb.getSheetAt(0) : wb.getSheet(sheetName);
            if (sheet == null) throw new Unreadable("không có trang tính '" + sheetName + "' / no sheet '" + sheetName + "'");
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<Sheet.Cell>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Sheet.Cell> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) cells.add(cell(row.getCell(c), formatter));
                }
                rows.add(cells);
            }
            return new Sheet(file.getFileName().toString(), sheet.getSheetName(), rows);
        }
    }

    private static Sheet.Cell cell(org.apache.poi.ss.usermodel.Cell c, DataFormatter formatter) {
        if (c == null) return Sheet.Cell.BLANK;
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        switch (type) {
            case NUMERIC -> {
                // Through the double's shortest decimal form: 89.64 stays 89.64, not 89.6400000000000005684…
                BigDecimal n = new BigDecimal(Double.toString(c.getNumericCellValue()));
                if (c.getCellStyle() != null && c.getCellStyle().getDataFormatString().contains("%")) n = n.movePointRight(2);
                return new Sheet.Cell(formatter.formatCellValue(c), n.stripTrailingZeros(), null);
            }
            case BOOLEAN -> { return new Sheet.Cell(Boolean.toString(c.getBooleanCellValue()), null, c.getBooleanCellValue()); }
            case STRING -> { return new Sheet.Cell(TextFiles.normalise(c.getStringCellValue()).strip(), null, null); }
            default -> { return Sheet.Cell.BLANK; }
        }
    }
}
