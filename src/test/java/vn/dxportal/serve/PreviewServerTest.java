package vn.dxportal.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.SourcePosition;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** {@code serve} through a real HTTP client: live content, the error panel, types, 404, and no way out of the folder. */
class PreviewServerTest {
    private static final String PERIOD = "don-vi/lam-thao/2022/";
    @TempDir static Path dir;
    private static SampleCopy sample;
    private static LiveSite site;
    private static PreviewServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        sample = new SampleCopy(dir);
        site = new LiveSite(sample.options(dir.resolve("preview")));
        assertTrue(site.first().ok(), () -> site.first().errors().toString());
        server = new PreviewServer(site, 0);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        site.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Asks for a page until it shows what is expected (the rebuild runs on the watcher's thread). */
    private static String await(String path, Predicate<String> expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String body;
        do {
            body = get(path).body();
            if (expected.test(body)) return body;
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        fail("no rebuilt page within 30 s; last served:\n" + body.substring(0, Math.min(600, body.length())));
        return body;
    }

    @Test
    void aClientSeesNewContentAfterAFileChange() throws Exception {
        assertFalse(get(PERIOD).body().contains("Câu mới cho trình duyệt"));
        sample.append(sample.content.resolve("units/lam-thao/periods/2022.md"), "\n\nCâu mới cho trình duyệt thấy ngay.\n");
        await(PERIOD, b -> b.contains("Câu mới cho trình duyệt thấy ngay."));
    }

    @Test
    void brokenYamlShowsFileLineAndColumnOverTheLastGoodSiteUntilFixed() throws Exception {
        Path yaml = sample.content.resolve("units/lam-thao/periods/2022.yaml");
        String good = Files.readString(yaml);
        Files.writeString(yaml, good.replace("value: 250", "value: [250"));
        String broken = await(PERIOD, b -> b.contains("dxportal-errors"));
        assertTrue(Pattern.compile("units/lam-thao/periods/2022\\.yaml:\\d+:\\d+").matcher(broken).find(), broken);
        assertTrue(broken.contains("Nội dung có lỗi"), "in Vietnamese");
        assertTrue(broken.contains("Lâm Thao"), "the last good page is still served under the panel");
        Files.writeString(yaml, good);
        String fixed = await(PERIOD, b -> !b.contains("dxportal-errors"));
        assertTrue(fixed.contains("Lâm Thao"));
    }

    @Test
    void typesIndexPagesAndNotFound() throws Exception {
        assertEquals("text/css; charset=utf-8", get("assets/style.css").headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/csv; charset=utf-8", get("du-lieu/toan-cong.csv").headers().firstValue("Content-Type").orElse(""));
        assertEquals("application/json; charset=utf-8", get("du-lieu/toan-cong.json").headers().firstValue("Content-Type").orElse(""));
        assertEquals("image/svg+xml; charset=utf-8", PreviewServer.type(Path.of("chart.svg")));
        assertEquals("application/xml; charset=utf-8", PreviewServer.type(Path.of("sitemap.xml")));
        assertEquals("text/javascript; charset=utf-8", get("assets/search.js").headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> home = get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains(PreviewServer.SCRIPT), "the reload script is in what is served");
        assertFalse(Files.readString(site.out().resolve("index.html")).contains(PreviewServer.SCRIPT), "and not in the built site");
        assertEquals(301, get("don-vi").statusCode(), "a folder without its slash is redirected, so relative links work");
        HttpResponse<String> missing = get("khong-co-trang-nay/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<html"), "the site's own 404 page");
    }

    /** A raw request, so no client tidies the path first. */
    private static String raw(String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", URI.create(server.url()).getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pathsLeavingTheServedFolderAreRefused() throws Exception {
        Path secret = dir.resolve("bi-mat.txt");
        Files.writeString(secret, "không được lộ");
        for (String path : List.of("/../bi-mat.txt", "/%2e%2e/bi-mat.txt", "/assets/..%2f..%2fbi-mat.txt", "/..%5cbi-mat.txt", "/assets/../../bi-mat.txt")) {
            String response = raw(path);
            assertFalse(response.startsWith("HTTP/1.1 200"), path + " → " + response);
            assertFalse(response.contains("không được lộ"), path);
        }
        assertNull(server.resolve("/../bi-mat.txt"));
        assertNotNull(server.resolve("/assets/style.css"));
    }

    @Test
    void errorPanelEscapesWhatContentWrote() {
        String html = ErrorPanel.panel(List.of(Diagnostic.error("YAML_SYNTAX", new SourcePosition("content/a.yaml", 3, 7),
                "Giá trị <script>alert(1)</script> không hợp lệ", "Sửa \"x\" & lưu")));
        assertTrue(html.contains("content/a.yaml:3:7"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.contains("<script>alert"));
    }
}
