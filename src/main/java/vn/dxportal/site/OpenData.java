package vn.dxportal.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes figure rows as CSV (UTF-8 with BOM, so Excel shows Vietnamese) and as JSON with its metadata. Rows are
 * written once per unit ({@link FigureBlock}); a file is its head, then its rows cut from the blocks it covers.
 */
final class OpenData {
    /**
     * Compact, not indented: the files are for programs (a person opens the CSV), and indenting made the portal-wide
     * file of a national portal a third larger (74 MB) for every download and every build.
     */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final byte[] CSV_HEAD = csvHead();
    private static final byte[] JSON_TAIL = "]}".getBytes(StandardCharsets.UTF_8);

    /** Rows written one after another: row k is {@code bytes[starts[k], starts[k + 1])}. */
    record Written(byte[] bytes, int[] starts) {
        int rows() { return starts.length - 1; }
    }

    private OpenData() {}

    /** A CSV file of every row of these blocks. */
    static byte[] csv(List<FigureBlock> blocks) {
        return join(CSV_HEAD, blocks, null, FigureBlock::csv, null, new byte[0]);
    }

    /** A CSV file of one indicator's rows. */
    static byte[] csv(IndicatorRows rows) {
        return join(CSV_HEAD, rows.blocks(), rows.indicator(), FigureBlock::csv, null, new byte[0]);
    }

    /** The JSON document {title, licence, format, columns, rows: [{column: value…}…]} of these blocks' rows. */
    static byte[] json(String title, String licence, List<FigureBlock> blocks) {
        return join(jsonHead(title, licence), blocks, null, FigureBlock::json, (byte) ',', JSON_TAIL);
    }

    /** {@link #json(String, String, List)} of one indicator's rows. */
    static byte[] json(String title, String licence, IndicatorRows rows) {
        return join(jsonHead(title, licence), rows.blocks(), rows.indicator(), FigureBlock::json, (byte) ',', JSON_TAIL);
    }

    /**
     * Head, the rows (all, or one indicator's) of each block in order with {@code separator} between two rows, tail:
     * sized first, then copied into one array.
     */
    private static byte[] join(byte[] head, List<FigureBlock> blocks, String indicator,
                               java.util.function.Function<FigureBlock, Written> format, Byte separator, byte[] tail) {
        Written[] written = new Written[blocks.size()];
        int[][] picked = new int[blocks.size()][];
        long size = head.length + tail.length;
        int count = 0;
        for (int b = 0; b < written.length; b++) {
            FigureBlock block = blocks.get(b);
            picked[b] = indicator == null ? null : block.rowsOf(indicator);
            if (picked[b] != null && picked[b].length == 0) continue;
            Written w = written[b] = format.apply(block);
            if (picked[b] == null) {
                size += w.bytes().length;
                count += w.rows();
            } else {
                for (int k : picked[b]) size += w.starts()[k + 1] - w.starts()[k];
                count += picked[b].length;
            }
        }
        if (separator != null && count > 1) size += count - 1;
        byte[] out = new byte[Math.toIntExact(size)];
        System.arraycopy(head, 0, out, 0, head.length);
        int at = head.length;
        boolean first = true;
        for (int b = 0; b < written.length; b++) {
            Written w = written[b];
            if (w == null) continue;
            int n = picked[b] == null ? w.rows() : picked[b].length;
            for (int r = 0; r < n; r++) {
                int k = picked[b] == null ? r : picked[b][r];
                if (separator != null && !first) out[at++] = separator;
                first = false;
                int from = w.starts()[k], length = w.starts()[k + 1] - from;
                System.arraycopy(w.bytes(), from, out, at, length);
                at += length;
            }
        }
        System.arraycopy(tail, 0, out, at, tail.length);
        return out;
    }

    /** Rows as CSV records (RFC 4180: quoted where needed, CRLF after each), without the head. */
    static Written csvRows(List<FigureRow> rows) {
        // Each record is printed into a StringBuilder and encoded once: CSVPrinter writes a few characters at a time.
        StringBuilder record = new StringBuilder(512);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows.size() * 220 + 16);
        int[] starts = new int[rows.size() + 1];
        try (CSVPrinter csv = new CSVPrinter(record, CSVFormat.RFC4180)) {
            for (int k = 0; k < rows.size(); k++) {
                starts[k] = bytes.size();
                record.setLength(0);
                csv.printRecord(rows.get(k).values().stream().map(v -> v instanceof BigDecimal d ? d.toPlainString() : v).toList());
                bytes.writeBytes(record.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        starts[rows.size()] = bytes.size();
        return new Written(bytes.toByteArray(), starts);
    }

    /** Rows as JSON objects {column: value…}, with nothing between them (the file puts the commas). */
    static Written jsonRows(List<FigureRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows.size() * 520 + 16);
        int[] starts = new int[rows.size() + 1];
        try (JsonGenerator g = JSON.writer().createGenerator(bytes)) {
            g.setRootValueSeparator(null); // each row is a value of its own: no space between them
            for (int k = 0; k < rows.size(); k++) {
                g.flush();
                starts[k] = bytes.size();
                List<Object> values = rows.get(k).values();
                g.writeStartObject();
                for (int c = 0; c < FigureRow.COLUMNS.size(); c++) {
                    g.writeFieldName(FigureRow.COLUMNS.get(c));
                    value(g, values.get(c));
                }
                g.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        starts[rows.size()] = bytes.size();
        return new Written(bytes.toByteArray(), starts);
    }

    /** BOM and the header record. */
    private static byte[] csvHead() {
        StringBuilder text = new StringBuilder().append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
            csv.printRecord(FigureRow.COLUMNS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON document up to the opening of its rows array: {"title":…,"licence":…,"format":…,"columns":[…],"rows":[ */
    private static byte[] jsonHead(String title, String licence) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = JSON.writer().createGenerator(bytes)) {
            g.writeStartObject();
            g.writeFieldName("title");
            value(g, title);
            g.writeFieldName("licence");
            value(g, licence);
            g.writeStringField("format", "dxportal-figures/1");
            g.writeFieldName("columns");
            g.writeStartArray();
            for (String c : FigureRow.COLUMNS) g.writeString(c);
            g.writeEndArray();
            g.writeFieldName("rows");
            g.writeStartArray();
            g.flush();
            byte[] head = bytes.toByteArray();
            // The generator would close the array and object on close; the file's tail does that instead.
            bytes.reset();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) g.writeNull();
        else if (v instanceof String s) g.writeString(s);
        else if (v instanceof BigDecimal d) g.writeNumber(d);
        else if (v instanceof Boolean b) g.writeBoolean(b);
        else JSON.writeValue(g, v);
    }
}
