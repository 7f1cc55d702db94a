package vn.dxportal.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.TestContent;
import vn.dxportal.build.Pipeline;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Lang;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A Markdown link to another content file becomes a link to its page; a broken one is a check error at its line and column. */
class ContentLinksTest {
    @TempDir Path dir;

    private static final String POST = """
            ---
            title: Tin có liên kết
            date: "2022-11-15"
            ---
            Xem [báo cáo năm 2022](../periods/2022.md#i-ket-qua) và [đơn vị](../unit.yaml).

            Trang web khác: [Chính phủ](https://chinhphu.vn) và [mục](#muc).
            """;

    @Test
    void linksBetweenContentFilesBecomePageLinks() throws Exception {
        TestContent c = new TestContent(dir).write("units/huyen-b/news/tin-lien-ket.md", POST)
                .write("units/tinh-a/periods/2022.yaml", "title: Báo cáo tỉnh\nreport: {}\n")
                .write("units/tinh-a/periods/2022.md", "Xem thêm [Huyện Bình](../../huyen-b/periods/2022.md).\n");
        Pipeline.Built b = Pipeline.build(new Pipeline.Options(c.root, TestContent.defaultTheme(), dir.resolve("site"), "https://cds.example.gov.vn/", 1686787200L));
        assertTrue(b.written(), () -> b.diagnostics().sorted().toString());
        String feed = Files.readString(dir.resolve("site/tin-tuc/atom.xml"));
        assertTrue(feed.contains("xml:base=\"https://cds.example.gov.vn/tin-tuc/huyen-b/tin-lien-ket/\"")
                && feed.contains(" href=\"../../../don-vi/huyen-b/2022/index.html#i-ket-qua\""), "the feed entry resolves against its xml:base:\n" + feed);
        String post = Files.readString(dir.resolve("site/tin-tuc/huyen-b/tin-lien-ket/index.html"));
        assertTrue(post.contains("href=\"../../../don-vi/huyen-b/2022/index.html#i-ket-qua\""), post);
        assertTrue(post.contains("href=\"../../../don-vi/huyen-b/index.html\""), post);
        assertTrue(post.contains("href=\"https://chinhphu.vn\"") && post.contains("href=\"#muc\""), "other links unchanged");
        String period = Files.readString(dir.resolve("site/don-vi/tinh-a/2022/index.html"));
        assertTrue(period.contains("href=\"../../../don-vi/huyen-b/2022/index.html\""), period);
    }

    @Test
    void aBrokenLinkIsAnErrorAtItsLineAndColumn() {
        TestContent c = new TestContent(dir).write("units/huyen-b/news/tin-lien-ket.md", POST.replace("../periods/2022.md", "../periods/2021.md"))
                .write("units/huyen-b/periods/2022.md", "## I. Kết quả\n\nTheo [tin](../news/khong-co.md) và [kế hoạch](../documents.yaml).\n");
        Pipeline.Planned p = Pipeline.plan(new Pipeline.Options(c.root, TestContent.defaultTheme(), null, null, null));
        List<Diagnostic> errors = p.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
        assertEquals(3, errors.size(), errors::toString);
        Diagnostic post = errors.stream().filter(d -> d.file().endsWith("tin-lien-ket.md")).findFirst().orElseThrow();
        assertEquals("LINK_BROKEN", post.code());
        assertEquals(5, post.line(), "line in the file, front matter included");
        assertEquals(5, post.column(), "the column of the link's '['");
        assertTrue(post.message().contains("'../periods/2021.md#i-ket-qua'") && post.message().contains("units/huyen-b/periods/2021.md"), post.message());
        assertTrue(post.messageIn(Lang.EN).startsWith("The link '../periods/2021.md#i-ket-qua' points to a content file that does not exist"), post.messageIn(Lang.EN));
        List<Diagnostic> narrative = errors.stream().filter(d -> d.file().endsWith("periods/2022.md")).toList();
        assertEquals(List.of("LINK_BROKEN", "LINK_BROKEN"), narrative.stream().map(Diagnostic::code).toList(), "documents.yaml does not exist in huyen-b");
        assertEquals(3, narrative.get(0).line());
        assertEquals(6, narrative.get(0).column());
    }

    @Test
    void aLinkOutOfTheContentFolderOrToAFileThatIsNoPage() {
        TestContent c = new TestContent(dir).write("units/huyen-b/periods/2022.md",
                "[ra ngoài](../../../../README.md) [tệp khác](../notes.md)\n").write("units/huyen-b/notes.md", "ghi chú\n");
        Pipeline.Planned p = Pipeline.plan(new Pipeline.Options(c.root, TestContent.defaultTheme(), null, null, null));
        List<String> codes = p.diagnostics().sorted().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList();
        assertEquals(List.of("LINK_BROKEN", "LINK_NOT_A_PAGE"), codes);
    }
}
