package vn.dxportal.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /**
     * Rows written one after another: row k is {@code bytes[starts[k], starts[k + 1])}, of which the first {@code lead}
     * bytes are the separator a file puts before it unless it is the file's first row (JSON's comma; CSV has none).
     * So a run of rows is one slice of {@code bytes}, and a file of whole blocks is a few slices (see {@link #pieces}).
     */
    record Written(byte[] bytes, int[] starts, int lead) {
        int rows() { return starts.length - 1; }
    }

    private OpenData() {}

    /** A CSV file of every row of these blocks, as slices of their written rows (not copied). */
    static List<ByteBuffer> csvPieces(List<FigureBlock> blocks) {
        return pieces(CSV_HEAD, blocks, null, FigureBlock::csv, new byte[0]);
    }

    /** A CSV file of one indicator's rows, as slices. */
    static List<ByteBuffer> csvPieces(IndicatorRows rows) {
        return pieces(CSV_HEAD, rows.blocks(), rows.indicator(), FigureBlock::csv, new byte[0]);
    }

    /**
     * The JSON document {title, licence, format, columns, rows: [{column: value…}…]} of these blocks' rows, as slices
     * of their written rows (not copied).
     */
    static List<ByteBuffer> jsonPieces(String title, String licence, List<FigureBlock> blocks) {
        return pieces(jsonHead(title, licence), blocks, null, FigureBlock::json, JSON_TAIL);
    }

    /** The JSON document of one indicator's rows, as slices. */
    static List<ByteBuffer> jsonPieces(String title, String licence, IndicatorRows rows) {
        return pieces(jsonHead(title, licence), rows.blocks(), rows.indicator(), FigureBlock::json, JSON_TAIL);
    }

    /**
     * Head, the rows (all, or one indicator's) of each block in order, tail: each run of consecutive rows one slice
     * of its block's bytes, the first row of the file without its separator. A national portal's portal-wide files
     * are 83 MB: joined into one array they were the largest allocation of every figure edit in the live preview.
     */
    private static List<ByteBuffer> pieces(byte[] head, List<FigureBlock> blocks, String indicator,
                                           java.util.function.Function<FigureBlock, Written> format, byte[] tail) {
        List<ByteBuffer> out = new ArrayList<>();
        out.add(ByteBuffer.wrap(head));
        boolean first = true;
        for (FigureBlock block : blocks) {
            int[] picked = indicator == null ? null : block.rowsOf(indicator);
            int n = picked == null ? block.rows().size() : picked.length;
            if (n == 0) continue;
            Written w = format.apply(block);
            for (int r = 0; r < n; ) {
                int from = picked == null ? 0 : picked[r], to = picked == null ? n - 1 : from; // rows from..to, a run
                int next = picked == null ? n : r + 1;
                while (next < n && picked[next] == to + 1) {
                    to++;
                    next++;
                }
                int start = w.starts()[from] + (first ? w.lead() : 0);
                out.add(ByteBuffer.wrap(w.bytes(), start, w.starts()[to + 1] - start));
                first = false;
                r = next;
            }
        }
        out.add(ByteBuffer.wrap(tail));
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
        return new Written(bytes.toByteArray(), starts, 0);
    }

    /** Rows as JSON objects {column: value…}, each after a comma (left out before a file's first row). */
    static Written jsonRows(List<FigureRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows.size() * 520 + 16);
        int[] starts = new int[rows.size() + 1];
        try (JsonGenerator g = JSON.writer().createGenerator(bytes)) {
            g.setRootValueSeparator(null); // each row is a value of its own: no space between them
            for (int k = 0; k < rows.size(); k++) {
                g.flush();
                starts[k] = bytes.size();
                bytes.write(',');
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
        return new Written(bytes.toByteArray(), starts, 1);
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
