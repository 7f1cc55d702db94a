package vn.dxportal.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.TestContent;
import vn.dxportal.diag.Diagnostic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class BuildTest {
    @TempDir Path dir;

    private Pipeline.Built build(Path content, Path out) throws Exception {
        return Pipeline.build(new Pipeline.Options(content, TestContent.defaultTheme(), out, null, null));
    }

    @Test
    void pagesForEveryUnitPeriodAndIndicator() throws Exception {
        TestContent c = new TestContent(dir);
        Path out = dir.resolve("site");
        Pipeline.Built b = build(c.root, out);
        assertTrue(b.written(), () -> b.diagnostics().sorted().toString());
        for (String p : new String[]{"index.html", "don-vi/index.html", "don-vi/tinh-a/index.html", "don-vi/huyen-b/index.html",
                "don-vi/huyen-b/2022/index.html", "chi-tieu/index.html", "chi-tieu/ho-so-truc-tuyen/index.html",
                "chi-tieu/to-cong-nghe-so/index.html", "ky-bao-cao/index.html", "404.html", "assets/style.css"}) {
            assertTrue(Files.exists(out.resolve(p)), p);
        }
        String period = Files.readString(out.resolve("don-vi/huyen-b/2022/index.html"));
        assertTrue(period.contains("89,65%"), "computed ratio in vi-VN format");
        assertTrue(period.contains("6.322/7.052"));
        assertTrue(period.contains("vượt chỉ tiêu"));
        assertTrue(period.contains("<svg class=\"chart\""));
        assertTrue(period.contains("href=\"../../../assets/style.css\""), "relative links");
        String unit = Files.readString(out.resolve("don-vi/huyen-b/index.html"));
        assertTrue(unit.contains("Đơn vị đã kết thúc hoạt động từ ngày 01/07/2025"), "ended units are marked");
    }

    @Test
    void twoBuildsAreByteIdentical() throws Exception {
        Path a = dir.resolve("a"), b = dir.resolve("b");
        assertTrue(build(TestContent.sampleContent(), a).written());
        assertTrue(build(TestContent.sampleContent(), b).written());
        Map<String, byte[]> fa = files(a), fb = files(b);
        assertEquals(fa.keySet(), fb.keySet());
        fa.forEach((k, v) -> assertArrayEquals(v, fb.get(k), k));
        assertTrue(fa.size() > 50, "the sample portal has many pages");
    }

    @Test
    void aLayoutsFileOverridesThatTemplateOnly() throws Exception {
        TestContent c = new TestContent(dir);
        c.write("layouts/templates/404.ftlh", "<#import \"layout.ftlh\" as l><@l.page title=\"X\"><h1>Trang riêng của cổng</h1></@l.page>");
        Path out = dir.resolve("site");
        assertTrue(build(c.root, out).written());
        assertTrue(Files.readString(out.resolve("404.html")).contains("Trang riêng của cổng"));
        assertTrue(Files.readString(out.resolve("index.html")).contains("Cổng thử nghiệm"), "other templates still come from the theme");
    }

    @Test
    void aBrokenOverrideTemplateIsReportedWithItsPosition() throws Exception {
        TestContent c = new TestContent(dir);
        c.write("layouts/templates/404.ftlh", "<h1>${nothing.here}</h1>");
        Pipeline.Built b = build(c.root, dir.resolve("site"));
        assertFalse(b.written());
        Diagnostic d = b.diagnostics().sorted().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertTrue(d.file().endsWith("layouts/templates/404.ftlh"), d.file());
        assertEquals(1, d.line());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void staticFilesCanBeOverriddenToo() throws Exception {
        TestContent c = new TestContent(dir);
        c.write("layouts/static/style.css", "body{color:red}");
        Path out = dir.resolve("site");
        assertTrue(build(c.root, out).written());
        assertEquals("body{color:red}", Files.readString(out.resolve("assets/style.css")));
    }

    @Test
    void sampleContentChecksWithoutErrors() {
        Pipeline.Planned p = Pipeline.plan(new Pipeline.Options(TestContent.sampleContent(), TestContent.defaultTheme(), null, null, null));
        assertFalse(p.diagnostics().hasErrors(), () -> p.diagnostics().sorted().stream().map(Diagnostic::toText).toList().toString());
        var units = p.derived().portal().unitsBySlug();
        for (String slug : new String[]{"phu-tho", "lam-thao", "quang-ngai", "minh-long", "binh-son", "soc-trang", "long-phu"}) {
            assertTrue(units.containsKey(slug), "the five reports' units and their provinces: " + slug);
        }
    }

    private static Map<String, byte[]> files(Path root) throws Exception {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) m.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return m;
    }
}
