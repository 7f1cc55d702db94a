package vn.dxportal.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.CompleteContent;
import vn.dxportal.build.Pipeline;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.*;

/** {@code build --gzip}: a .gz beside every text file, holding exactly its bytes, the same bytes on every build. */
class PrecompressTest {
    @TempDir Path dir;

    @Test
    void everyTextFileGetsADeterministicGzipBesideIt() throws Exception {
        CompleteContent c = new CompleteContent(dir, LocalDate.of(2024, 6, 1));
        Path one = dir.resolve("one"), two = dir.resolve("two"), plain = dir.resolve("plain");
        for (Path out : List.of(one, two)) {
            assertTrue(Pipeline.build(new Pipeline.Options(c.root, c.theme, out, null, 1735689600L), new vn.dxportal.build.Timings(), true).written());
        }
        assertTrue(Pipeline.build(new Pipeline.Options(c.root, c.theme, plain, null, 1735689600L)).written());

        List<Path> files = files(one);
        List<Path> gz = files.stream().filter(f -> f.toString().endsWith(".gz")).toList();
        assertTrue(gz.size() > 20, "gz files: " + gz.size());
        int text = 0;
        for (Path f : files) {
            if (f.toString().endsWith(".gz")) continue;
            Path g = f.resolveSibling(f.getFileName() + ".gz");
            boolean isText = Precompress.isText(f);
            if (!isText) {
                assertFalse(Files.exists(g), "no .gz for " + f);
                continue;
            }
            text++;
            byte[] original = Files.readAllBytes(f);
            if (!Files.exists(g)) {
                assertTrue(original.length < 200, "only a tiny file may lack its .gz: " + f);
                continue;
            }
            byte[] packed = Files.readAllBytes(g);
            assertEquals(0, packed[3], "no file name or comment in the gzip header: " + g);
            assertEquals(0, packed[4] | packed[5] | packed[6] | packed[7], "no time stamp in the gzip header: " + g);
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
                assertArrayEquals(original, in.readAllBytes(), "the .gz holds the file's bytes: " + g);
            }
            assertArrayEquals(packed, Files.readAllBytes(two.resolve(one.relativize(g).toString())), "same bytes on another build: " + g);
        }
        assertTrue(text > 20);
        assertTrue(Files.exists(one.resolve("index.html.gz")) && Files.exists(one.resolve("assets/style.css.gz"))
                && Files.exists(one.resolve("assets/search.js.gz")) && Files.exists(one.resolve("sitemap.xml.gz")));
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".png")), "the fixture has images, which get no .gz");
        assertTrue(files(plain).stream().noneMatch(f -> f.toString().endsWith(".gz")), "no .gz without --gzip");
    }

    @Test
    void theCommandLineHasTheOption() {
        Map<String, String> help = Map.of("build", "--gzip");
        help.forEach((command, option) -> assertTrue(
                new picocli.CommandLine(new vn.dxportal.cli.Main()).getSubcommands().get(command).getCommandSpec().findOption(option) != null));
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
