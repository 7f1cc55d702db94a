package vn.dxportal.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Open-data files are joined from rows written once per unit ({@link FigureBlock}): the portal's file holds every
 * block's rows in order, an indicator's file only its rows, each file a whole CSV or JSON document; an indicator's
 * rows compare equal while they are ({@link IndicatorRows}), whatever happens to other indicators' rows.
 */
class OpenDataBlocksTest {

    /** A row with text that needs quoting in CSV and escaping in JSON, and an exact decimal. */
    private static FigureRow row(String unit, String indicator, String numerator) {
        List<Object> v = new ArrayList<>(Arrays.asList(new Object[FigureRow.COLUMNS.size()]));
        v.set(0, unit);
        v.set(1, "Huyện \"Đông\", " + unit);
        v.set(5, indicator);
        v.set(6, "Tỷ lệ\nhồ sơ");
        v.set(11, new BigDecimal(numerator));
        return new FigureRow(v);
    }

    private static final List<FigureBlock> BLOCKS = List.of(
            FigureBlock.of("a", List.of(row("a", "x", "1"), row("a", "y", "2"), row("a", "x", "3.50"))),
            FigureBlock.of("b", List.of(row("b", "y", "4"))),
            FigureBlock.of("c", List.of(row("c", "x", "5"))));

    private static List<CSVRecord> csv(byte[] file) throws Exception {
        String text = new String(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a BOM for Excel");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void thePortalsCsvHoldsEveryBlocksRowsInOrder() throws Exception {
        List<CSVRecord> records = csv(OpenData.csv(BLOCKS));
        assertEquals(List.of("a", "a", "a", "b", "c"), records.stream().map(r -> r.get("unit")).toList());
        assertEquals(List.of("1", "2", "3.50", "4", "5"), records.stream().map(r -> r.get("numerator")).toList());
        assertEquals("Huyện \"Đông\", a", records.get(0).get("unit_name"));
        assertEquals("Tỷ lệ\nhồ sơ", records.get(0).get("indicator_name"));
        assertEquals(FigureRow.COLUMNS, csv(OpenData.csv(BLOCKS)).get(0).getParser().getHeaderNames());
    }

    @Test
    void anIndicatorsFilesHoldOnlyItsRows() throws Exception {
        IndicatorRows x = new IndicatorRows(BLOCKS, "x");
        assertEquals(3, x.count());
        List<CSVRecord> records = csv(OpenData.csv(x));
        assertEquals(List.of("1", "3.50", "5"), records.stream().map(r -> r.get("numerator")).toList());
        byte[] file = OpenData.json("X", null, x);
        JsonNode json = new ObjectMapper().readTree(file);
        assertEquals("X", json.get("title").asText());
        assertEquals(3, json.get("rows").size());
        assertEquals(List.of("a", "a", "c"), json.get("rows").findValuesAsText("unit"));
        assertTrue(new String(file, StandardCharsets.UTF_8).contains("\"numerator\":3.50,"), "decimals as written, not as doubles");
    }

    @Test
    void thePortalsJsonIsOneDocumentWithEveryRow() throws Exception {
        JsonNode json = new ObjectMapper().readTree(OpenData.json("Cổng", "CC BY 4.0", BLOCKS));
        assertEquals("dxportal-figures/1", json.get("format").asText());
        assertEquals(5, json.get("rows").size());
        assertEquals("Huyện \"Đông\", b", json.get("rows").get(3).get("unit_name").asText());
        assertTrue(json.get("rows").get(0).get("value").isNull());
        JsonNode empty = new ObjectMapper().readTree(OpenData.json("Cổng", null, List.of()));
        assertEquals(0, empty.get("rows").size(), "no rows: still a whole document");
    }

    @Test
    void anIndicatorsRowsAreEqualWhileTheyAre() {
        List<FigureBlock> otherChanged = List.of(
                FigureBlock.of("a", List.of(row("a", "x", "1"), row("a", "y", "99"), row("a", "x", "3.50"))), BLOCKS.get(1), BLOCKS.get(2));
        assertEquals(new IndicatorRows(BLOCKS, "x"), new IndicatorRows(otherChanged, "x"), "only y changed");
        assertNotEquals(new IndicatorRows(BLOCKS, "y"), new IndicatorRows(otherChanged, "y"));
        List<FigureBlock> ownChanged = List.of(BLOCKS.get(0), BLOCKS.get(1), FigureBlock.of("c", List.of(row("c", "x", "6"))));
        assertNotEquals(new IndicatorRows(BLOCKS, "x"), new IndicatorRows(ownChanged, "x"));
    }
}
