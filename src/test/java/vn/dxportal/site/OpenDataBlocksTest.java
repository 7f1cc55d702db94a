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
        List<CSVRecord> records = csv(Page.Pieces.join(OpenData.csvPieces(BLOCKS)));
        assertEquals(List.of("a", "a", "a", "b", "c"), records.stream().map(r -> r.get("unit")).toList());
        assertEquals(List.of("1", "2", "3.50", "4", "5"), records.stream().map(r -> r.get("numerator")).toList());
        assertEquals("Huyện \"Đông\", a", records.get(0).get("unit_name"));
        assertEquals("Tỷ lệ\nhồ sơ", records.get(0).get("indicator_name"));
        assertEquals(FigureRow.COLUMNS, csv(Page.Pieces.join(OpenData.csvPieces(BLOCKS))).get(0).getParser().getHeaderNames());
    }

    @Test
    void anIndicatorsFilesHoldOnlyItsRows() throws Exception {
        IndicatorRows x = new IndicatorRows(BLOCKS, "x");
        assertEquals(3, x.count());
        List<CSVRecord> records = csv(Page.Pieces.join(OpenData.csvPieces(x)));
        assertEquals(List.of("1", "3.50", "5"), records.stream().map(r -> r.get("numerator")).toList());
        byte[] file = Page.Pieces.join(OpenData.jsonPieces("X", null, x));
        JsonNode json = new ObjectMapper().readTree(file);
        assertEquals("X", json.get("title").asText());
        assertEquals(3, json.get("rows").size());
        assertEquals(List.of("a", "a", "c"), json.get("rows").findValuesAsText("unit"));
        assertTrue(new String(file, StandardCharsets.UTF_8).contains("\"numerator\":3.50,"), "decimals as written, not as doubles");
    }

    @Test
    void thePortalsJsonIsOneDocumentWithEveryRow() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Page.Pieces.join(OpenData.jsonPieces("Cổng", "CC BY 4.0", BLOCKS)));
        assertEquals("dxportal-figures/1", json.get("format").asText());
        assertEquals(5, json.get("rows").size());
        assertEquals("Huyện \"Đông\", b", json.get("rows").get(3).get("unit_name").asText());
        assertTrue(json.get("rows").get(0).get("value").isNull());
        JsonNode empty = new ObjectMapper().readTree(Page.Pieces.join(OpenData.jsonPieces("Cổng", null, List.of())));
        assertEquals(0, empty.get("rows").size(), "no rows: still a whole document");
    }

    @Test
    void aFileIsSlicesOfTheBlocksRowsOneRunAtATime() throws Exception {
        // Block d: x, x, y, x — an indicator's rows in two runs; block e has no x; the first x row of f starts a file.
        List<FigureBlock> blocks = List.of(
                FigureBlock.of("e", List.of(row("e", "y", "1"))),
                FigureBlock.of("d", List.of(row("d", "x", "2"), row("d", "x", "3"), row("d", "y", "4"), row("d", "x", "5"))));
        IndicatorRows x = new IndicatorRows(blocks, "x");
        List<java.nio.ByteBuffer> json = OpenData.jsonPieces("X", null, x);
        assertEquals(4, json.size(), "head, the run of rows 0-1, row 3, tail: " + json.size());
        String text = new String(Page.Pieces.join(json), StandardCharsets.UTF_8);
        JsonNode parsed = new ObjectMapper().readTree(text);
        assertEquals(List.of("2", "3", "5"), parsed.get("rows").findValuesAsText("numerator"));
        assertTrue(text.contains("\"rows\":[{") && text.endsWith("}]}") && !text.contains(",,"), text);
        List<CSVRecord> csv = csv(Page.Pieces.join(OpenData.csvPieces(x)));
        assertEquals(List.of("2", "3", "5"), csv.stream().map(r -> r.get("numerator")).toList());
        // The portal's files: one slice per block.
        List<java.nio.ByteBuffer> all = OpenData.jsonPieces("Cổng", null, blocks);
        assertEquals(4, all.size());
        assertEquals(List.of("1", "2", "3", "4", "5"), new ObjectMapper().readTree(Page.Pieces.join(all)).get("rows").findValuesAsText("numerator"));
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
