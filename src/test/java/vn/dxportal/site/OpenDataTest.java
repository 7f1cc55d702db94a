package vn.dxportal.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.TestContent;
import vn.dxportal.build.Pipeline;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class OpenDataTest {
    @TempDir Path dir;

    static final List<String> COLUMNS = List.of("unit", "unit_name", "level", "parent", "period", "indicator", "indicator_name",
            "pillar", "kind", "measure_unit", "scope", "numerator", "denominator", "value", "percent", "target", "status",
            "difference", "change", "stated_percent", "stated_status", "source_file");

    private Path build() throws Exception {
        Path out = dir.resolve("site");
        assertTrue(Pipeline.build(new Pipeline.Options(new TestContent(dir).root, TestContent.defaultTheme(), out, null, null)).written());
        return out;
    }

    @Test
    void csvHasABomTheExactColumnsAndComputedFigures() throws Exception {
        Path out = build();
        byte[] bytes = Files.readAllBytes(out.resolve("du-lieu/don-vi/huyen-b.csv"));
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
        assertEquals(COLUMNS, records.get(0).getParser().getHeaderNames());
        CSVRecord ratio = records.get(0);
        assertEquals("huyen-b", ratio.get("unit"));
        assertEquals("Huyện Bình", ratio.get("unit_name"));
        assertEquals("6322", ratio.get("numerator"));
        assertEquals("89.6483", ratio.get("percent"));
        assertEquals("vượt chỉ tiêu", ratio.get("status"));
        assertEquals("89.64", ratio.get("stated_percent"));
        assertEquals("units/huyen-b/periods/2022.yaml", ratio.get("source_file"));
        assertEquals("156", records.get(1).get("value"));
    }

    @Test
    void jsonCarriesTheSameRowsWithMetadata() throws Exception {
        Path out = build();
        JsonNode doc = new ObjectMapper().readTree(out.resolve("du-lieu/toan-cong.json").toFile());
        assertEquals("dxportal-figures/1", doc.get("format").asText());
        assertEquals(COLUMNS.size(), doc.get("columns").size());
        JsonNode row = doc.get("rows").get(0);
        assertEquals(6322, row.get("numerator").asInt());
        assertEquals(89.6483, row.get("percent").asDouble(), 1e-9);
        assertTrue(row.get("scope").isNull());
        assertTrue(Files.exists(out.resolve("du-lieu/chi-tieu/ho-so-truc-tuyen.csv")));
        String dataPage = Files.readString(out.resolve("du-lieu/index.html"));
        assertTrue(dataPage.contains("href=\"../du-lieu/don-vi/huyen-b.csv\""), "the data page links every download");
    }
}
