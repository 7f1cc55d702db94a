package vn.dxportal.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes figure rows as CSV (UTF-8 with BOM, so Excel shows Vietnamese) and as JSON with its metadata. */
final class OpenData {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private OpenData() {}

    static byte[] csv(List<FigureRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(FigureRow.COLUMNS.toArray(String[]::new)).get())) {
            bytes.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            for (FigureRow r : rows) {
                csv.printRecord(r.values().stream().map(v -> v instanceof BigDecimal d ? d.toPlainString() : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] json(String title, String licence, List<FigureRow> rows) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", title);
        doc.put("licence", licence);
        doc.put("format", "dxportal-figures/1");
        doc.put("columns", FigureRow.COLUMNS);
        doc.put("rows", rows.stream().map(FigureRow::asMap).toList());
        try {
            return JSON.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
