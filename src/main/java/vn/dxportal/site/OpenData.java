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

/** Writes figure rows as CSV (UTF-8 with BOM, so Excel shows Vietnamese) and as JSON with its metadata. */
final class OpenData {
    /**
     * Compact, not indented: the files are for programs (a person opens the CSV), and indenting made the portal-wide
     * file of a national portal a third larger (74 MB) for every download and every build.
     */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private OpenData() {}

    static byte[] csv(List<FigureRow> rows) {
        // Printed into a StringBuilder and encoded once: CSVPrinter writes a few characters at a time, and each write
        // through an OutputStreamWriter takes its lock and runs the encoder.
        StringBuilder text = new StringBuilder(rows.size() * 250 + 512).append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(FigureRow.COLUMNS.toArray(String[]::new)).get())) {
            for (FigureRow r : rows) {
                csv.printRecord(r.values().stream().map(v -> v instanceof BigDecimal d ? d.toPlainString() : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The same document as serialising {title, licence, format, columns, rows: [{column: value…}…]} with
     * {@link #JSON}, written row by row: the whole portal's file has a hundred thousand rows, and a map per row
     * only to serialise it cost more memory than the rest of the build.
     */
    static byte[] json(String title, String licence, List<FigureRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + rows.size() * 700);
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
            for (FigureRow r : rows) {
                List<Object> values = r.values();
                g.writeStartObject();
                for (int k = 0; k < FigureRow.COLUMNS.size(); k++) {
                    g.writeFieldName(FigureRow.COLUMNS.get(k));
                    value(g, values.get(k));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) g.writeNull();
        else if (v instanceof String s) g.writeString(s);
        else if (v instanceof BigDecimal d) g.writeNumber(d);
        else if (v instanceof Boolean b) g.writeBoolean(b);
        else JSON.writeValue(g, v);
    }
}
