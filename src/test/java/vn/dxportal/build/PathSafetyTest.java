package vn.dxportal.build;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.TestContent;
import vn.dxportal.diag.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Content can never make the build read outside the content folder or write outside the output folder: {@code ../},
 * absolute paths and symbolic links pointing out are each an error naming the file (and line and column when the
 * path is written in YAML), the build writes nothing, and the secret beside the content never reaches the output.
 */
class PathSafetyTest {
    @TempDir Path dir;
    private TestContent content;
    private Path secret;
    private Path out;

    @BeforeEach
    void portalWithASecretBesideIt() throws IOException {
        content = new TestContent(dir);
        secret = dir.resolve("bi-mat.pdf");
        Files.writeString(secret, "SECRET-BYTES");
        out = dir.resolve("site");
    }

    private Diagnostic refused(String code) throws Exception {
        Pipeline.Built built = Pipeline.build(new Pipeline.Options(content.root, TestContent.defaultTheme(), out, null, 1686787200L));
        List<Diagnostic> errors = built.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
        assertFalse(built.written(), "the build must not publish: " + errors);
        assertEquals(1, errors.size(), () -> "one error expected: " + errors);
        assertEquals(code, errors.get(0).code(), errors.get(0)::toText);
        assertNotNull(errors.get(0).hint());
        assertFalse(Files.exists(out), "nothing written");
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(List.of(secret), all.filter(p -> !p.startsWith(content.root) && Files.isRegularFile(p)).toList(),
                    "no file appeared outside the content folder");
        }
        return errors.get(0);
    }

    private void documentFile(String file) {
        content.write("units/huyen-b/documents.yaml", "documents:\n  - id: kh-1\n    form: Kế hoạch\n    number: 1/KH-UBND\n    title: A\n    file: " + file + "\n");
    }

    @Test
    void aDocumentFileGoingUpOutOfTheContentIsRefusedAtItsLine() throws Exception {
        documentFile("../../../bi-mat.pdf");
        Diagnostic d = refused("PATH_OUTSIDE");
        assertTrue(d.file().endsWith("units/huyen-b/documents.yaml"), d::toText);
        assertEquals(6, d.line());
        assertEquals(11, d.column());
    }

    @Test
    void anAbsoluteDocumentPathIsRefused() throws Exception {
        documentFile(secret.toString());
        assertEquals(6, refused("PATH_OUTSIDE").line());
    }

    @Test
    void aDocumentFileThatIsASymlinkPointingOutIsRefused() throws Exception {
        Files.createDirectories(content.root.resolve("units/huyen-b/files"));
        Files.createSymbolicLink(content.root.resolve("units/huyen-b/files/kh-1.pdf"), secret);
        documentFile("files/kh-1.pdf");
        assertEquals(6, refused("PATH_OUTSIDE").line());
    }

    @Test
    void aPostImageOutsideTheContentIsRefused() throws Exception {
        content.write("units/huyen-b/news/tin.md", "---\ntitle: Tin\ndate: \"2023-01-02\"\nimage: {src: ../../../../bi-mat.png, alt: Ảnh}\n---\nNội dung.\n");
        Files.writeString(dir.resolve("bi-mat.png"), "SECRET");
        secret = dir.resolve("bi-mat.png"); // the one file that may sit outside
        Files.delete(dir.resolve("bi-mat.pdf"));
        Diagnostic d = refused("PATH_OUTSIDE");
        assertTrue(d.file().endsWith("news/tin.md"), d::toText);
        assertEquals(4, d.line());
    }

    @Test
    void anEmblemGivenAsAnAbsolutePathIsRefused() throws Exception {
        content.write("site.yaml", "title: Cổng\nlanguages: [vi]\nemblem: {src: " + dir.resolve("x.png") + ", alt: Quốc huy}\n");
        assertEquals(3, refused("PATH_OUTSIDE").line());
    }

    @Test
    void aContentFileThatIsASymlinkPointingOutIsNotRead() throws Exception {
        Path outsideYaml = dir.resolve("unit.yaml");
        Files.writeString(outsideYaml, "name: SECRET\nlevel: province\n");
        secret = outsideYaml;
        Files.delete(dir.resolve("bi-mat.pdf"));
        Files.delete(content.root.resolve("units/tinh-a/unit.yaml"));
        Files.createSymbolicLink(content.root.resolve("units/tinh-a/unit.yaml"), outsideYaml);
        Diagnostic d = refused("PATH_OUTSIDE");
        assertTrue(d.file().endsWith("units/tinh-a/unit.yaml"), d::toText);
    }

    @Test
    void aPostThatIsASymlinkPointingOutIsNotRead() throws Exception {
        Files.writeString(secret, "---\ntitle: SECRET\ndate: \"2023-01-02\"\n---\nSECRET\n");
        Files.createDirectories(content.root.resolve("units/huyen-b/news"));
        Files.createSymbolicLink(content.root.resolve("units/huyen-b/news/tin.md"), secret);
        assertTrue(refused("PATH_OUTSIDE").file().endsWith("units/huyen-b/news/tin.md"));
    }

    @Test
    void aFolderInsideAUnitThatIsASymlinkPointingOutIsNotRead() throws Exception {
        // The posts themselves are plain files: only their folder, a link, leads out of the content.
        Path elsewhere = dir.resolve("news-elsewhere");
        Files.createDirectories(elsewhere);
        Files.delete(secret);
        secret = elsewhere.resolve("tin.md");
        Files.writeString(secret, "---\ntitle: SECRET\ndate: \"2023-01-02\"\n---\nSECRET\n");
        Files.createSymbolicLink(content.root.resolve("units/huyen-b/news"), elsewhere);
        assertTrue(refused("PATH_OUTSIDE").file().endsWith("units/huyen-b/news/tin.md"));
    }

    @Test
    void aUnitFolderThatIsASymlinkPointingOutIsNotRead() throws Exception {
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Files.writeString(elsewhere.resolve("unit.yaml"), "name: SECRET\nlevel: province\n");
        Files.delete(secret);
        secret = elsewhere.resolve("unit.yaml");
        Files.createSymbolicLink(content.root.resolve("units/xa-c"), elsewhere);
        assertTrue(refused("PATH_OUTSIDE").file().endsWith("units/xa-c"));
    }

    @Test
    void aPortalStaticFileThatIsASymlinkPointingOutIsNotPublished() throws Exception {
        Files.createDirectories(content.root.resolve("layouts/static"));
        Files.createSymbolicLink(content.root.resolve("layouts/static/logo.pdf"), secret);
        assertTrue(refused("PATH_OUTSIDE").file().endsWith("layouts/static/logo.pdf"));
    }

    @Test
    void aPostFileNameMustBeASlugBecauseItBecomesThePath() throws Exception {
        content.write("units/huyen-b/news/Tin Mới ..\\..md", "---\ntitle: Tin\ndate: \"2023-01-02\"\n---\nNội dung.\n");
        Diagnostic d = refused("POST_SLUG");
        assertTrue(d.hint().contains("'tin-moi.md'"), d.hint());
    }

    @Test
    void aSymlinkInsideTheContentIsFine() throws Exception {
        Files.createDirectories(content.root.resolve("shared"));
        Files.writeString(content.root.resolve("shared/so-do.png"), "PNG");
        Files.createDirectories(content.root.resolve("units/tinh-a/images"));
        Files.createSymbolicLink(content.root.resolve("units/tinh-a/images/so-do.png"), content.root.resolve("shared/so-do.png"));
        content.write("units/tinh-a/unit.yaml", "name: Tỉnh A\nlevel: province\nstructure_chart: {src: images/so-do.png, alt: Sơ đồ}\n");
        Pipeline.Built built = Pipeline.build(new Pipeline.Options(content.root, TestContent.defaultTheme(), out, null, 1686787200L));
        assertTrue(built.written(), () -> built.diagnostics().sorted().toString());
        assertEquals("PNG", Files.readString(out.resolve("don-vi/tinh-a/tep/images/so-do.png")));
    }
}
