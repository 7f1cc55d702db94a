package vn.dxportal.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.TestContent;
import vn.dxportal.build.Pipeline;
import vn.dxportal.generate.Generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 9's promise at scale: on the generated {@code province} preset (15 districts, 60 periods, 180 posts), the
 * incremental engine's output after every edit of a sequence of edits of every kind is a cold build's, byte for
 * byte. The sample portal's {@link IncrementalBuildTest} covers the theme and site.yaml; this one the content an
 * editorial board touches every day, on a portal large enough for aggregates, rankings and search buckets to matter.
 */
class ProvinceIncrementalBuildTest {
    private static final Pattern DENOMINATOR = Pattern.compile("(?m)^(\\s*denominator: )(\\d+)\\s*$");

    @TempDir Path dir;
    private Path content;
    private IncrementalBuild engine;
    private int step;

    @Test
    void everyKindOfEditGivesTheColdBuildByteForByte() throws Exception {
        content = dir.resolve("content");
        Generator.preset("province", Generator.defaultSeed(), content);
        engine = new IncrementalBuild(options(dir.resolve("live")));
        IncrementalBuild.Outcome first = engine.build();
        assertTrue(first.ok(), () -> first.errors().toString());

        Path unit = content.resolve("units/trieu-lam");
        Path narrative = unit.resolve("periods/2022.md");
        Path post = firstPost(unit);
        // As vim saves: the watcher also names a test file made and deleted beside it, which no build reads.
        IncrementalBuild.Outcome md = rebuildAndCompare("narrative Markdown body", append(narrative, "\nCâu thêm vào để thử dựng lại từng phần.\n"),
                narrative.resolveSibling("4913"));
        assertEquals(1, md.parsed(), "only the edited file is parsed again");
        assertTrue(md.phases().startsWith("body edit"), () -> "a narrative body edit takes the fast path, not: " + md.phases());
        assertTrue(md.written().contains("don-vi/trieu-lam/2022/index.html"), md.written()::toString);

        IncrementalBuild.Outcome link = rebuildAndCompare("narrative body with a link", append(narrative, "\nXem [kế hoạch](../2023/).\n"));
        assertFalse(link.phases().startsWith("body edit"), "a link may change the link checker's findings: the full path");
        IncrementalBuild.Outcome body = rebuildAndCompare("post body", append(post, "\nMột đoạn mới của bài tin.\n"));
        assertTrue(body.phases().startsWith("body edit"), () -> "a post body edit takes the fast path, not: " + body.phases());
        rebuildAndCompare("post front matter", replaceFirst(post, Pattern.compile("(?m)^title: \""), "title: \"Tin sửa: "));
        IncrementalBuild.Outcome figure = rebuildAndCompare("period YAML figure", bumpFirstDenominator(unit.resolve("periods/2023.yaml")));
        assertTrue(figure.written().contains("don-vi/trieu-lam/2023/index.html"), figure.written()::toString);
        assertTrue(figure.phases().startsWith("figure edit"), () -> "a figure alone takes the figure-edit path, not: " + figure.phases());
        rebuildAndCompare("unit.yaml", replaceFirst(unit.resolve("unit.yaml"), Pattern.compile("(?m)^  phone: .*$"), "  phone: 0210 3 999 999"));
        rebuildAndCompare("documents.yaml", replaceFirst(unit.resolve("documents.yaml"), Pattern.compile("(?m)^    title: "), "    title: Sửa đổi — "));

        Path added = post.resolveSibling("2023-12-30-bai-moi-de-thu.md");
        Files.writeString(added, Files.readString(post).replaceFirst("(?m)^title: \"", "title: \"Bài mới: ").replaceFirst("(?m)^date: .*$", "date: 2023-12-30"));
        IncrementalBuild.Outcome add = rebuildAndCompare("added post", added);
        assertTrue(add.written().stream().anyMatch(p -> p.contains("2023-12-30-bai-moi-de-thu/")), add.written()::toString);

        Path removed = firstPost(content.resolve("units/thanh-ba"));
        Files.delete(removed);
        IncrementalBuild.Outcome delete = rebuildAndCompare("deleted post", removed);
        assertFalse(delete.deleted().isEmpty(), "the deleted post's page is deleted");

        // A broken file in between: nothing is written, and fixing it gives the cold build again.
        Path yaml = content.resolve("units/thanh-ba/periods/2022.yaml");
        String good = Files.readString(yaml);
        Files.writeString(yaml, good + "\n  : [\n");
        assertFalse(engine.rebuild(List.of(yaml)).ok(), "a broken period YAML fails the rebuild");
        Files.writeString(yaml, good.replaceFirst("(?m)^(\\s*denominator: )(\\d+)", "$1" + "99999"));
        rebuildAndCompare("a broken file fixed (with another figure)", yaml);

        // The in-memory cold build is the real one's: the last state, compared with Pipeline.build on disk.
        Path cold = dir.resolve("cold");
        assertTrue(Pipeline.build(options(cold)).written());
        SampleCopy.assertSameTree(cold, engine.out(), "at the end, with a cold build on disk");
    }

    private Pipeline.Options options(Path out) {
        return new Pipeline.Options(content, TestContent.defaultTheme(), out, null, null);
    }

    /**
     * Rebuilds after {@code changed}, then checks the output against a cold build of the same content, made in
     * memory ({@link ColdBuild}): writing and deleting a cold site per step would cost more than the rest of the test.
     */
    private IncrementalBuild.Outcome rebuildAndCompare(String what, Path... changed) throws Exception {
        IncrementalBuild.Outcome o = engine.rebuild(List.of(changed));
        assertTrue(o.ok(), () -> what + ": " + o.errors());
        assertFalse(o.written().isEmpty() && o.deleted().isEmpty(), () -> what + ": the edit changed no file");
        SampleCopy.assertSameFiles(ColdBuild.hashes(options(null)), SampleCopy.tree(engine.out()), "after " + what);
        return o;
    }

    private static Path firstPost(Path unit) throws IOException {
        try (Stream<Path> posts = Files.list(unit.resolve("news"))) {
            return posts.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
    }

    private static Path append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
        return file;
    }

    /** The file with the first match of {@code what} replaced (FigureEditTest edits the same way). */
    static Path replaceFirst(Path file, Pattern what, String with) throws IOException {
        String text = Files.readString(file);
        Matcher m = what.matcher(text);
        assertTrue(m.find(), () -> file + " has no " + what);
        Files.writeString(file, text.substring(0, m.start()) + with + text.substring(m.end()));
        return file;
    }

    /** One more in the first denominator of a period: its ratio, status, the province's sum and the rankings move. */
    private static Path bumpFirstDenominator(Path yaml) throws IOException {
        String text = Files.readString(yaml);
        Matcher m = DENOMINATOR.matcher(text);
        assertTrue(m.find(), () -> yaml + " has no denominator");
        Files.writeString(yaml, text.substring(0, m.start()) + m.group(1) + (Long.parseLong(m.group(2)) + 1) + text.substring(m.end()));
        return yaml;
    }
}
