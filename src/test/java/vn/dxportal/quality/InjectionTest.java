package vn.dxportal.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import vn.dxportal.CompleteContent;
import vn.dxportal.build.Pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gate: nothing an editor types runs in a citizen's browser. A portal whose Markdown bodies (narrative, post, unit
 * functions, Q&A answer) carry every vector of {@code xss/vectors.txt}, and whose YAML and front-matter strings
 * (titles, names, categories, link titles…) carry one vector each, is built by the real pipeline and every page is
 * opened in headless Chromium over nginx. On each page: no vector ran (no alert, {@code window.pwned} unset), the
 * parsed DOM has no script but the theme's files, no event handler, no style, frame or object and no
 * javascript:/vbscript:/data: URL, and the Content-Security-Policy reported no violation (the theme itself needs no
 * exception). Two control pages prove the detectors work: one with a live handler and no policy, one with an inline
 * script under the policy.
 */
@ExtendWith(BrowserGates.class)
class InjectionTest {
    private static final String NAME = "hostile";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Installed before any page script: records CSP violations and alert() calls instead of showing a dialog. */
    private static final String WATCH = """
            window.__csp = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__csp.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));
            window.__alerted = false;
            window.alert = window.confirm = window.prompt = function () { window.__alerted = true; };
            """;

    /** What a page's parsed DOM must not hold; returns one line per finding. */
    private static final String DOM_CHECK = """
            const bad = [];
            const unsafe = /^(javascript|vbscript|data):/;
            for (const el of document.querySelectorAll('*')) {
              const tag = el.tagName.toLowerCase();
              if (tag === 'script' && !/\\/assets\\/[a-z-]+\\.js$/.test(el.src || '')) bad.push('script ' + (el.src || el.textContent.slice(0, 40)));
              if (['iframe', 'frame', 'object', 'embed', 'style', 'link', 'base', 'textarea', 'noscript'].includes(tag)
                  && !(tag === 'link' && /^(stylesheet|alternate|canonical)$/.test(el.rel) && !unsafe.test(el.getAttribute('href')))) bad.push('element ' + tag);
              if (tag === 'meta' && el.httpEquiv && el.httpEquiv.toLowerCase() !== 'content-security-policy') bad.push('meta http-equiv ' + el.httpEquiv);
              for (const at of el.attributes) {
                const name = at.name.toLowerCase();
                const value = at.value.replace(/[\\u0000-\\u0020\\u007f]/g, '').toLowerCase();
                if (name.startsWith('on')) bad.push(tag + ' ' + name);
                if (name === 'style' || name === 'srcdoc') bad.push(tag + ' ' + name);
                if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'cite', 'poster'].includes(name) && unsafe.test(value)) bad.push(tag + ' ' + name + '=' + at.value);
              }
            }
            return bad;
            """;

    @TempDir Path dir;

    @Test
    void noVectorRunsOnAnyPage(Browser browser, Nginx nginx) throws Exception {
        Path out = SiteUnderTest.WWW.resolve(NAME);
        SiteUnderTest.deleteTree(out);
        hostilePortal(dir, vectors(), out);
        List<String> pages;
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.map(p -> out.relativize(p).toString()).filter(p -> p.endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 20, "the hostile portal has its pages: " + pages);
        assertTrue(Files.readString(out.resolve("index.html")).contains("pwned"), "the vectors reached the pages as text");

        List<String> findings = new ArrayList<>();
        String watch = (String) browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH)).get("identifier");
        try {
            for (String page : pages) findings.addAll(visit(browser, nginx, "/" + NAME + "/" + page));
            findings.addAll(visit(browser, nginx, "/" + NAME + "/tim-kiem/index.html?q=pwned"));
        } finally {
            browser.cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", watch));
        }
        // The 404 page is served at any missing URL, so its links are absolute from the base URL (the real host):
        // loading them from this test server is cross-origin, which is the policy working, not the theme breaking it.
        findings.removeIf(f -> f.startsWith("/" + NAME + "/404.html: CSP ") && f.contains(" blocked https://daydu.gov.vn/"));
        Findings.assertNone("script that ran, could run or was blocked by the policy", findings);
    }

    @Test
    void theDetectorsSeeAHandlerThatRunsAndAnInlineScriptThePolicyBlocks(Browser browser, Nginx nginx) throws Exception {
        Path out = SiteUnderTest.WWW.resolve(NAME + "-control");
        SiteUnderTest.deleteTree(out);
        hostilePortal(dir, List.of("Bình thường"), out);
        String home = Files.readString(out.resolve("index.html"));
        String noPolicy = home.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("</main>", "<img src=\"x\" onerror=\"window.pwned=1\"></main>");
        String inline = home.replace("</main>", "<script>window.pwned=1</script></main>");
        Files.writeString(out.resolve("no-policy.html"), noPolicy);
        Files.writeString(out.resolve("inline.html"), inline);

        String watch = (String) browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH)).get("identifier");
        try {
            List<String> ran = visit(browser, nginx, "/" + NAME + "-control/no-policy.html");
            assertTrue(ran.stream().anyMatch(f -> f.contains("window.pwned was set")), ran::toString);
            assertTrue(ran.stream().anyMatch(f -> f.contains("img onerror")), ran::toString);
            List<String> blocked = visit(browser, nginx, "/" + NAME + "-control/inline.html");
            assertTrue(blocked.stream().anyMatch(f -> f.contains("CSP script-src")), blocked::toString);
            assertFalse(blocked.stream().anyMatch(f -> f.contains("window.pwned was set")), "the policy stopped the inline script: " + blocked);
            assertEquals(List.of(), visit(browser, nginx, "/" + NAME + "-control/index.html"), "the untouched page is clean");
        } finally {
            browser.cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", watch));
        }
    }

    private static List<String> visit(Browser browser, Nginx nginx, String path) {
        browser.open(nginx.url(path));
        List<String> found = new ArrayList<>();
        try {
            browser.driver.switchTo().alert().dismiss();
            found.add(path + ": an alert was shown");
        } catch (NoAlertPresentException expected) {
            // no dialog: good
        }
        if (Boolean.TRUE.equals(browser.js("return window.__alerted === true"))) found.add(path + ": alert() was called");
        if (Boolean.TRUE.equals(browser.js("return window.pwned !== undefined"))) found.add(path + ": window.pwned was set");
        for (Object v : (List<?>) browser.js("return window.__csp || ['the watcher did not run']")) found.add(path + ": CSP " + v);
        for (Object b : (List<?>) browser.js(DOM_CHECK)) found.add(path + ": " + b);
        return found;
    }

    /** The complete fixture portal with the vectors in its Markdown bodies and, one each, in its YAML strings. */
    static void hostilePortal(Path dir, List<String> vectors, Path out) throws Exception {
        CompleteContent c = new CompleteContent(dir, LocalDate.of(2024, 6, 1));
        String all = String.join("\n\n", vectors);
        int[] next = {0};
        java.util.function.Supplier<String> one = () -> quoted(vectors.get(next[0]++ % vectors.size()) + " pwned");
        c.replace("site.yaml", "title: Cổng thông tin điện tử tỉnh Đầy Đủ", "title: " + one.get())
                .replace("site.yaml", "description: Cổng thử nghiệm có đủ mọi thông tin theo Nghị định 42/2022.", "description: " + one.get())
                .replace("site.yaml", "  name: Nguyễn Văn An", "  name: " + one.get())
                .replace("site.yaml", "{title: Cổng thông tin điện tử Chính phủ,", "{title: " + one.get() + ",")
                .replace("site.yaml", "alt: Quốc huy,", "alt: " + one.get() + ",")
                .replace("units/tinh-day-du/unit.yaml", "name: Tỉnh Đầy Đủ\n", "name: " + one.get() + "\n")
                .replace("units/tinh-day-du/unit.yaml", "position: Phó Chánh Văn phòng", "position: " + one.get())
                .replace("units/tinh-day-du/unit.yaml", "functions: |\n  Ủy ban nhân dân tỉnh là cơ quan hành chính nhà nước ở địa phương.",
                        "functions: " + quoted(all))
                .replace("units/tinh-day-du/unit.yaml", "{title: Văn phòng Ủy ban nhân dân tỉnh,", "{title: " + one.get() + ",")
                .replace("units/tinh-day-du/qa.yaml", "question: Làm thế nào để nộp hồ sơ trực tuyến?", "question: " + one.get())
                .replace("units/tinh-day-du/qa.yaml", "answer: Truy cập Cổng Dịch vụ công tỉnh và đăng nhập bằng tài khoản định danh điện tử.",
                        "answer: " + quoted(all))
                .replace("units/tinh-day-du/documents.yaml", "title: Chuyển đổi số năm 2024", "title: " + one.get())
                .replace("units/tinh-day-du/periods/2024.yaml", "title: Báo cáo kết quả chuyển đổi số năm 2024", "title: " + one.get())
                .replace("units/tinh-day-du/periods/2024.yaml", "{name: Triển khai nền tảng số,", "{name: " + one.get() + ",")
                .replace("units/tinh-day-du/news/pho-bien-nghi-dinh.md", "title: Phổ biến Nghị định về dịch vụ công trực tuyến", "title: " + one.get())
                .replace("units/tinh-day-du/news/pho-bien-nghi-dinh.md", "source: Văn phòng Ủy ban nhân dân tỉnh",
                        "source: " + one.get() + "\nsummary: " + one.get() + "\nauthor: " + one.get() + "\ntags: [" + one.get() + ", " + one.get() + "]")
                .replace("units/tinh-day-du/news/pho-bien-nghi-dinh.md", "category: Phổ biến, hướng dẫn pháp luật", "category: " + one.get())
                .replace("units/tinh-day-du/news/pho-bien-nghi-dinh.md", "Nội dung phổ biến.", "## " + vectors.get(0) + "\n\n" + all)
                .replace("indicators.yaml", "name: Tỷ lệ hồ sơ trực tuyến", "name: " + one.get())
                .file("units/tinh-day-du/periods/2024.md", "## Kết quả " + vectors.get(vectors.size() - 1) + "\n\n" + all + "\n\n| A | " + vectors.get(0)
                        + " |\n|---|---|\n| 1 | 2 |\n");
        Pipeline.Built built = Pipeline.build(new Pipeline.Options(c.root, c.theme, out, "https://daydu.gov.vn/", 1735689600L)); // 2025-01-01
        assertTrue(built.written(), () -> "the hostile portal builds (vectors are text, not errors): " + built.diagnostics().sorted());
    }

    private static String quoted(String s) {
        try {
            return JSON.writeValueAsString(s); // a JSON string is a YAML double-quoted scalar
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> vectors() throws IOException {
        try (InputStream in = InjectionTest.class.getResourceAsStream("/xss/vectors.txt")) {
            if (in == null) throw new IllegalStateException("xss/vectors.txt missing from the test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
