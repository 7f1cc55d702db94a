package vn.dxportal.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.build.Pipeline;
import vn.dxportal.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code dxportal generate}: the province preset and a tiny neutral fixture, as the benchmark script uses them. */
class GenerateTest {
    /** ../shared/bench beside the repository, as in CI. */
    private static final Path GEN_FIXTURE = Path.of("..", "shared", "bench", "gen_fixture.py");

    @TempDir Path dir;

    private static synchronized int run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }

    private static Pipeline.Planned check(Path content) {
        return Pipeline.plan(new Pipeline.Options(content, Path.of("themes/default"), null, null, null, LocalDate.of(2024, 6, 1)));
    }

    @Test
    void provincePresetIsByteIdenticalTwiceAndPassesCheck() throws IOException {
        Path a = dir.resolve("a"), b = dir.resolve("b");
        assertEquals(0, run("generate", "--preset", "province", "--out", a.toString()));
        assertEquals(0, run("generate", "--preset", "province", "--out", b.toString()));
        Map<String, byte[]> fa = files(a), fb = files(b);
        assertEquals(fa.keySet(), fb.keySet());
        for (String f : fa.keySet()) assertArrayEquals(fa.get(f), fb.get(f), f);

        // The shape the issue asks for: 1 province, 15 districts, 4 periods, 12 posts each, a document list each.
        long units = fa.keySet().stream().filter(f -> f.endsWith("unit.yaml")).count();
        assertEquals(16, units);
        assertEquals(60, fa.keySet().stream().filter(f -> f.matches("units/[^/]+/periods/[^/]+\\.yaml")).count());
        assertEquals(180, fa.keySet().stream().filter(f -> f.matches("units/[^/]+/news/[^/]+\\.md")).count());
        assertEquals(15, fa.keySet().stream().filter(f -> f.endsWith("documents.yaml")).count());
        String lamThao = new String(fa.get("units/lam-thao/unit.yaml"), StandardCharsets.UTF_8);
        assertTrue(lamThao.contains("name: Huyện Lâm Thao"), lamThao);
        // Thị xã Phú Thọ shares its slug with the province: it gets the province's slug appended.
        assertTrue(fa.containsKey("units/phu-tho-phu-tho/unit.yaml"));
        String narrative = new String(fa.get("units/lam-thao/periods/2022.md"), StandardCharsets.UTF_8);
        assertTrue(narrative.contains("## I. Kết quả thực hiện") && narrative.contains("|---:|") && narrative.contains("[^nguon]:"));
        int words = narrative.split("\\s+").length;
        assertTrue(words > 1300 && words < 2200, "about 1,500 words: " + words);

        Pipeline.Planned planned = check(a);
        assertFalse(planned.diagnostics().hasErrors(), () -> planned.diagnostics().sorted().stream().filter(d -> d.isError())
                .limit(5).map(Object::toString).toList().toString());
        assertTrue(planned.pages().size() > 1000);
        // A different seed gives different data.
        assertEquals(0, run("generate", "--preset", "province", "--seed", "7", "--out", b.toString()));
        assertFalse(java.util.Arrays.equals(fa.get("units/lam-thao/periods/2022.yaml"), files(b).get("units/lam-thao/periods/2022.yaml")));
    }

    @Test
    void neutralFixtureMapsEveryDistrictPeriodPostAndFigure() throws Exception {
        assumeTrue(Files.exists(GEN_FIXTURE), "needs ../shared/bench/gen_fixture.py beside the repository");
        Path fixture = dir.resolve("fixture"), content = dir.resolve("content");
        Process p = new ProcessBuilder("python3", GEN_FIXTURE.toString(), "--provinces", "2", "--districts-per-province", "3",
                "--periods", "2", "--indicators", "12", "--news", "2", "--report-words", "300", "--news-words", "120", "--out", fixture.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), log);

        assertEquals(0, run("generate", "--from-fixture", fixture.toString(), "--out", content.toString()));
        Map<String, byte[]> out = files(content);
        assertEquals(2 + 6, out.keySet().stream().filter(f -> f.endsWith("unit.yaml")).count());
        assertEquals(12, out.keySet().stream().filter(f -> f.matches("units/[^/]+/periods/[^/]+\\.yaml")).count());
        assertEquals(12, out.keySet().stream().filter(f -> f.matches("units/[^/]+/periods/[^/]+\\.md")).count());
        assertEquals(12, out.keySet().stream().filter(f -> f.matches("units/[^/]+/news/[^/]+\\.md")).count());
        String indicators = new String(out.get("indicators.yaml"), StandardCharsets.UTF_8);
        assertEquals(12, indicators.split("\n  - id: |\n- id: ", -1).length - 1, indicators);

        // Every non-null observation of the fixture is in the period file; null ones are left out.
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        int compared = 0;
        try (Stream<Path> units = Files.walk(fixture.resolve("units"))) {
            for (Path unitJson : units.filter(f -> f.getFileName().toString().equals("unit.json")).toList()) {
                var unit = json.readTree(unitJson.toFile());
                String slug = unit.get("slug").asText();
                String unitDir = out.containsKey("units/" + slug + "/unit.yaml") && !isProvince(out, slug) ? slug
                        : slug + "-" + unit.get("province").get("slug").asText();
                for (var period : unit.get("periods")) {
                    var mapped = yaml.readTree(out.get("units/" + unitDir + "/periods/" + period.get("id").asText() + ".yaml"));
                    long reported = 0;
                    for (var it = period.get("observations").fields(); it.hasNext(); ) if (!it.next().getValue().isNull()) reported++;
                    assertEquals(reported, mapped.get("indicators").size());
                    for (var o : mapped.get("indicators")) {
                        var source = period.get("observations").get(o.get("indicator").asText());
                        if (source.has("numerator")) assertEquals(source.get("numerator").asLong(), o.get("numerator").asLong());
                        else if (source.get("unit").asText().equals("%")) assertEquals(source.get("value").asDouble(), o.get("stated").get("percent").asDouble());
                        else assertEquals(source.get("value").asLong(), o.get("value").asLong());
                        if (source.has("reported")) assertEquals(source.get("reported").asDouble(), o.get("stated").get("percent").asDouble());
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 100, "compared " + compared);
        assertFalse(check(content).diagnostics().hasErrors());
    }

    private static boolean isProvince(Map<String, byte[]> out, String slug) {
        return new String(out.get("units/" + slug + "/unit.yaml"), StandardCharsets.UTF_8).contains("level: province");
    }

    @Test
    void refusesAFolderItDidNotWriteAndLeavesItAlone() throws IOException {
        Path mine = dir.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("notes.txt"), "của tôi");
        assertEquals(2, run("generate", "--preset", "province", "--out", mine.toString()));
        assertEquals(List.of("notes.txt"), Files.list(mine).map(f -> f.getFileName().toString()).toList());
        assertEquals(2, run("generate", "--preset", "nation", "--out", dir.resolve("x").toString()));
        assertEquals(1, run("generate", "--from-fixture", dir.resolve("missing").toString(), "--out", dir.resolve("y").toString()));
    }
}
