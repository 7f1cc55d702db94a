package vn.dxportal.serve;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.build.Pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The incremental engine's output after any sequence of edits is the cold build's, byte for byte. */
class IncrementalBuildTest {
    @TempDir Path dir;
    private SampleCopy sample;
    private IncrementalBuild engine;
    private int step;

    @BeforeEach
    void setUp() throws Exception {
        sample = new SampleCopy(dir);
        engine = new IncrementalBuild(sample.options(dir.resolve("live")));
        IncrementalBuild.Outcome first = engine.build();
        assertTrue(first.ok(), () -> first.errors().toString());
    }

    /** Rebuilds after {@code changed}, then checks the output against a cold build of the same content. */
    private IncrementalBuild.Outcome rebuildAndCompare(String what, Path... changed) throws Exception {
        IncrementalBuild.Outcome o = engine.rebuild(List.of(changed));
        assertTrue(o.ok(), () -> what + ": " + o.errors());
        Path cold = dir.resolve("cold-" + (++step));
        Pipeline.Built built = Pipeline.build(sample.options(cold));
        assertTrue(built.written(), () -> built.diagnostics().sorted().toString());
        SampleCopy.assertSameTree(cold, engine.out(), "after " + what);
        return o;
    }

    @Test
    void editSequenceGivesTheColdBuildByteForByte() throws Exception {
        Path units = sample.content.resolve("units");
        Path narrative = units.resolve("lam-thao/periods/2022.md");
        IncrementalBuild.Outcome md = rebuildAndCompare("Markdown edit",
                sample.append(narrative, "\nCâu thêm vào để thử dựng lại từng phần.\n"));
        assertEquals(1, md.parsed(), "only the edited file is parsed again");
        assertTrue(md.rendered() < md.pages() / 3, () -> "a narrative edit makes few pages again, not " + md.rendered() + " of " + md.pages());
        assertTrue(md.written().contains("don-vi/lam-thao/2022/index.html"), md.written()::toString);

        IncrementalBuild.Outcome yaml = rebuildAndCompare("period YAML figure edit",
                sample.replace(units.resolve("lam-thao/periods/2022.yaml"), "value: 250", "value: 251"));
        assertTrue(yaml.written().contains("don-vi/lam-thao/2022/index.html"), yaml.written()::toString);
        assertTrue(yaml.phases().startsWith("figure edit"), () -> "a figure alone takes the figure-edit path, not: " + yaml.phases());
        IncrementalBuild.Outcome title = rebuildAndCompare("period YAML title edit",
                sample.replace(units.resolve("lam-thao/periods/2022.yaml"), "title: ", "title: Sửa — "));
        assertFalse(title.phases().startsWith("figure edit"), "a title is not a figure: the full path");

        Path news = units.resolve("lam-thao/news");
        Path added = news.resolve("bai-moi-de-thu.md");
        Files.writeString(added, Files.readString(news.resolve("boi-duong-chuyen-doi-so-cho-lanh-dao-xa.md"))
                .replace("title: 34 lãnh đạo", "title: Bài mới – 34 lãnh đạo"));
        IncrementalBuild.Outcome add = rebuildAndCompare("adding a post", added);
        assertTrue(add.written().contains("tin-tuc/lam-thao/bai-moi-de-thu/index.html"), add.written()::toString);

        Path removed = units.resolve("binh-son/news/tap-huan-ky-nang-ung-dung-cntt-2023.md");
        Files.delete(removed);
        IncrementalBuild.Outcome delete = rebuildAndCompare("deleting a post", removed);
        assertTrue(delete.deleted().contains("tin-tuc/binh-son/tap-huan-ky-nang-ung-dung-cntt-2023/index.html"), delete.deleted()::toString);

        rebuildAndCompare("site.yaml edit", sample.replace(sample.content.resolve("site.yaml"),
                "title: Cổng thông tin chuyển đổi số địa phương (bản mẫu)", "title: Cổng thông tin chuyển đổi số (bản thử)"));

        // A broken file in between: nothing is written, and fixing it gives the cold build again.
        Path unitYaml = units.resolve("lam-thao/unit.yaml");
        String good = Files.readString(unitYaml);
        Files.writeString(unitYaml, good + "\n  : [\n");
        assertFalse(engine.rebuild(Set.of(unitYaml)).ok());
        Files.writeString(unitYaml, good);
        rebuildAndCompare("a broken file fixed", unitYaml);

        IncrementalBuild.Outcome theme = rebuildAndCompare("theme template edit",
                sample.replace(sample.theme.resolve("templates/404.ftlh"), "</", "<p>Thử sửa mẫu.</p></"));
        assertTrue(theme.written().contains("404.html"), theme.written()::toString);
    }

    @Test
    void unchangedContentRedrawsNothingAndWritesNothing() throws Exception {
        IncrementalBuild.Outcome again = engine.rebuild(List.of(sample.content.resolve("site.yaml")));
        assertTrue(again.ok());
        assertEquals(List.of(), again.written());
        assertEquals(List.of(), again.deleted());
    }
}
