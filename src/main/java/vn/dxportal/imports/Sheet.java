package vn.dxportal.imports;

import java.math.BigDecimal;
import java.util.List;

/**
 * One sheet as rows of cells, whatever file it came from. Row 1 is the header. A cell keeps what the file holds:
 * a number when the spreadsheet stored one, else its text.
 */
record Sheet(String file, String name, List<List<Cell>> rows) {

    /** {@code number} is set for numeric spreadsheet cells (a percent-formatted 0.8964 already ×100); text otherwise. */
    record Cell(String text, BigDecimal number, Boolean bool) {
        static final Cell BLANK = new Cell("", null, null);

        boolean isBlank() { return number == null && bool == null && text.isBlank(); }

        /** What the editor sees, for messages. */
        String shown() { return number != null ? number.stripTrailingZeros().toPlainString() : bool != null ? bool.toString() : text; }
    }

    /** Excel-style reference: column 0, row 1 → "A1"; column 27 → "AB". */
    static String a1(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) letters.insert(0, (char) ('A' + (c - 1) % 26));
        return letters.toString() + row;
    }
}
