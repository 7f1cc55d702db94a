package vn.dxportal.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.dxportal.content.TextFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Reads the neutral benchmark fixture written by {@code ../shared/bench/gen_fixture.py} (manifest.json,
 * indicators.json, provinces.json, units/&lt;province&gt;/&lt;district&gt;/unit.json with its periods/*.md and
 * news/*.md), one district at a time. A missing or malformed file stops with a {@link GenerateException} naming it.
 */
final class FixtureSource implements NeutralSource {
    static final String GENERATOR = "dx-bench-fixture";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final JsonNode manifest;
    private final List<JsonNode> indicators = new ArrayList<>();
    private final List<JsonNode> provinces = new ArrayList<>();

    FixtureSource(Path dir) throws GenerateException {
        this.dir = dir;
        if (!Files.isDirectory(dir)) {
            throw new GenerateException(dir + ": không có thư mục dữ liệu mẫu này.",
                    "Tạo nó bằng: python3 ../shared/bench/gen_fixture.py --preset province --out " + dir);
        }
        this.manifest = json(dir.resolve("manifest.json"));
        if (!GENERATOR.equals(manifest.path("generator").asText()) || manifest.path("format_version").asInt() != 1) {
            throw new GenerateException(dir.resolve("manifest.json") + ": không phải dữ liệu mẫu trung lập (cần generator \"" + GENERATOR
                    + "\", format_version 1).", "Dùng thư mục do gen_fixture.py tạo ra.");
        }
        json(dir.resolve("indicators.json")).forEach(indicators::add);
        json(dir.resolve("provinces.json")).forEach(provinces::add);
    }

    /** The fixture's own counts (manifest.json), for comparing with what was converted. */
    JsonNode manifestCounts() { return manifest.path("counts"); }

    @Override public List<JsonNode> indicators() { return indicators; }

    @Override public List<JsonNode> provinces() { return provinces; }

    @Override
    public void eachDistrict(DistrictSink sink) throws IOException {
        for (JsonNode province : provinces) {
            for (JsonNode slug : province.path("districts")) {
                Path unitDir = dir.resolve("units").resolve(province.path("slug").asText()).resolve(slug.asText());
                JsonNode unit = json(unitDir.resolve("unit.json"));
                TreeMap<String, String> narratives = new TreeMap<>();
                for (JsonNode period : unit.path("periods")) {
                    narratives.put(period.path("id").asText(), text(unitDir.resolve(period.path("narrative").asText())));
                }
                TreeMap<String, String> news = new TreeMap<>();
                for (JsonNode rel : unit.path("news")) {
                    Path file = unitDir.resolve(rel.asText());
                    news.put(file.getFileName().toString(), text(file));
                }
                sink.accept(new District(unit, narratives, news));
            }
        }
    }

    private static String text(Path file) throws GenerateException {
        try {
            return TextFiles.read(file);
        } catch (NoSuchFileException e) {
            throw new GenerateException(file + ": thiếu tệp mà unit.json nhắc tới.", "Tạo lại dữ liệu mẫu bằng gen_fixture.py.");
        } catch (IOException e) {
            throw new GenerateException(file + ": không đọc được (" + e.getMessage() + ").", "Kiểm tra quyền đọc và mã hoá UTF-8.");
        }
    }

    private static JsonNode json(Path file) throws GenerateException {
        String text = text(file);
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new GenerateException(file + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr()) + ": JSON không hợp lệ ("
                    + e.getOriginalMessage() + ").", "Tạo lại dữ liệu mẫu bằng gen_fixture.py.");
        }
    }
}
