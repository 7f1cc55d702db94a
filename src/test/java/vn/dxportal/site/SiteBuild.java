package vn.dxportal.site;

import vn.dxportal.TestContent;
import vn.dxportal.build.Pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

/** Builds test content into a folder and reads the result: the shared fixture of the news, feed and search tests. */
final class SiteBuild {
    final Path out;
    final Pipeline.Built built;

    private SiteBuild(Path out, Pipeline.Built built) {
        this.out = out;
        this.built = built;
    }

    /** 2023-06-15 00:00 UTC: the build date of these tests, as SOURCE_DATE_EPOCH. */
    static final long EPOCH = 1686787200L;

    static SiteBuild of(Path content, Path out, String baseUrl, boolean drafts, boolean future) throws Exception {
        Pipeline.Built b = Pipeline.build(new Pipeline.Options(content, TestContent.defaultTheme(), out, baseUrl, EPOCH, drafts, future));
        if (!b.written()) throw new AssertionError("build failed: " + b.diagnostics().sorted());
        return new SiteBuild(out, b);
    }

    boolean has(String path) { return Files.exists(out.resolve(path)); }

    String read(String path) throws Exception { return Files.readString(out.resolve(path)); }

    /** A post file with front matter, for TestContent.write. */
    static String post(String title, String date, String extra, String body) {
        return "---\ntitle: " + title + "\ndate: \"" + date + "\"\n" + extra + "---\n" + body + "\n";
    }
}
