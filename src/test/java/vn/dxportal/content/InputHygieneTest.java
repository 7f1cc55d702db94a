package vn.dxportal.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.TestContent;
import vn.dxportal.build.Pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The sample portal saved the ways editors' machines save it (decomposed Vietnamese, a byte-order mark, Windows
 * line endings, all three at once) builds exactly the same site, byte for byte, as the clean files.
 */
class InputHygieneTest {
    @TempDir Path dir;

    @Test
    void nfdBomAndCrlfInputsGiveAByteIdenticalSite() throws Exception {
        // One folder, built clean and then rewritten in place: pages that name a file to edit show the same path.
        Path messy = copy(TestContent.sampleContent(), dir.resolve("content"));
        Pipeline.Built a = Pipeline.build(new Pipeline.Options(messy, TestContent.defaultTheme(), dir.resolve("site-clean"), null, 1686787200L));
        List<Path> text = textFiles(messy);
        assertTrue(text.size() > 40, "the sample has its YAML and Markdown files");
        int i = 0;
        boolean anyDecomposed = false;
        for (Path f : text) {
            String s = Files.readString(f, StandardCharsets.UTF_8);
            String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
            anyDecomposed |= !nfd.equals(s);
            // Every file gets at least one of the three, a third of them all three; the mix differs per file.
            String variant = switch (i++ % 3) {
                case 0 -> nfd;
                case 1 -> "\uFEFF" + s.replace("\n", "\r\n");
                default -> "\uFEFF" + nfd.replace("\n", "\r\n");
            };
            Files.writeString(f, variant, StandardCharsets.UTF_8);
        }
        assertTrue(anyDecomposed, "the sample has Vietnamese to decompose");

        Pipeline.Built b = Pipeline.build(new Pipeline.Options(messy, TestContent.defaultTheme(), dir.resolve("site-messy"), null, 1686787200L));
        assertTrue(a.written() && b.written(), () -> b.diagnostics().sorted().toString());
        List<String> differ = new ArrayList<>();
        List<Path> files = allFiles(dir.resolve("site-clean"));
        assertEquals(files.size(), allFiles(dir.resolve("site-messy")).size());
        for (Path f : files) {
            Path rel = dir.resolve("site-clean").relativize(f);
            if (!java.util.Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve("site-messy").resolve(rel)))) differ.add(rel.toString());
        }
        assertTrue(differ.isEmpty(), "files that differ: " + differ);
    }

    private static List<Path> textFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static List<Path> allFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return to;
    }
}
