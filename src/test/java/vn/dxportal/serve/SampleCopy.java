package vn.dxportal.serve;

import org.apache.commons.io.FileUtils;
import vn.dxportal.TestContent;
import vn.dxportal.build.Pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A temporary copy of the sample content and the default theme that tests can edit, and tree comparisons. */
public final class SampleCopy {
    public final Path content;
    public final Path theme;

    public SampleCopy(Path dir) throws IOException {
        content = dir.resolve("content");
        theme = dir.resolve("theme");
        FileUtils.copyDirectory(TestContent.sampleContent().toFile(), content.toFile());
        FileUtils.copyDirectory(TestContent.defaultTheme().toFile(), theme.toFile());
    }

    public Pipeline.Options options(Path out) {
        return new Pipeline.Options(content, theme, out, null, null);
    }

    /** Replaces the first occurrence of {@code from} in a file (which must contain it). */
    public Path replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), () -> file + " has no '" + from + "'");
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return file;
    }

    public Path append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        return file;
    }

    /** Every regular file under {@code dir} by relative path, with its bytes as text of its SHA-256. */
    static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString().replace('\\', '/'), java.util.HexFormat.of().formatHex(Hashes.sha256(Files.readAllBytes(f))));
            }
        }
        return files;
    }

    /** Asserts two output trees hold the same files with the same bytes, naming the files that differ. */
    static void assertSameTree(Path expected, Path actual, String when) throws IOException {
        assertSameFiles(tree(expected), tree(actual), when);
    }

    /** Asserts two sets of files ({@link #tree}) are the same, naming the files that differ. */
    static void assertSameFiles(Map<String, String> want, Map<String, String> got, String when) {
        var missing = new java.util.TreeSet<>(want.keySet());
        missing.removeAll(got.keySet());
        var extra = new java.util.TreeSet<>(got.keySet());
        extra.removeAll(want.keySet());
        var differ = want.keySet().stream().filter(got::containsKey).filter(k -> !want.get(k).equals(got.get(k))).toList();
        assertEquals("", (missing.isEmpty() ? "" : "missing " + missing + "; ") + (extra.isEmpty() ? "" : "extra " + extra + "; ")
                + (differ.isEmpty() ? "" : "differ " + differ), when);
    }
}
