package vn.dxportal.site;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.CompleteContent;
import vn.dxportal.TestContent;
import vn.dxportal.build.Pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The pages the portal-content rules ask for, built from the complete fixture: about (vi and en), public services,
 * Q&A, access to information, compliance, the text site map; and on every page the Dublin Core metadata, the
 * emblem with the agency's full name, the main menu and the footer.
 */
class PortalPagesTest {
    @TempDir static Path dir;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        CompleteContent c = new CompleteContent(dir, LocalDate.of(2025, 6, 1));
        out = dir.resolve("site");
        Pipeline.Built b = Pipeline.build(new Pipeline.Options(c.root, c.theme, out, null, 1751241600L)); // 30/06/2025
        assertTrue(b.written(), () -> b.diagnostics().sorted().toString());
    }

    static String page(String path) throws IOException { return Files.readString(out.resolve(path), StandardCharsets.UTF_8); }

    @Test
    void everyPageCarriesDublinCoreTheEmblemTheAgencyNameAndTheMainMenu() throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(out)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertTrue(pages.size() > 15);
        for (Path p : pages) {
            String html = Files.readString(p, StandardCharsets.UTF_8);
            for (String dc : new String[]{"DC.title", "DC.creator", "DC.date", "DC.description", "DC.publisher", "DC.identifier", "DC.language"}) {
                assertTrue(html.contains("<meta name=\"" + dc + "\" content=\""), dc + " in " + p);
            }
            assertTrue(html.contains("<meta name=\"DC.publisher\" content=\"Ủy ban nhân dân tỉnh Đầy Đủ\">"), p.toString());
            assertTrue(html.contains("<span class=\"brand-agency\" lang=\"vi\">Ủy ban nhân dân tỉnh Đầy Đủ</span>"), p.toString());
            assertTrue(html.contains("tep/images/quoc-huy.png\" alt=\""), "emblem from content on " + p);
            for (String item : new String[]{">Trang chủ<", ">Giới thiệu<", ">Dịch vụ công trực tuyến<", ">Sơ đồ cổng<", ">Home<"}) {
                if (item.equals(">Home<") == html.contains("<html lang=\"en\">")) assertTrue(html.contains(item), item + " in " + p);
            }
            assertTrue(html.contains("Fax: 0200 3800 001") || html.contains("Fax: 0200 3800 001"), "footer fax on " + p);
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("content/images/quoc-huy.png")), Files.readAllBytes(out.resolve("tep/images/quoc-huy.png")));
    }

    @Test
    void anArticleHasItsDatePermanentAddressAndAPrintButtonWithoutInlineScript() throws IOException {
        String html = page("tin-tuc/tinh-day-du/pho-bien-nghi-dinh/index.html");
        assertTrue(html.contains("<meta name=\"DC.date\" content=\"2024-05-02\">"));
        assertTrue(html.contains("<meta name=\"DC.identifier\" content=\"https://daydu.gov.vn/tin-tuc/tinh-day-du/pho-bien-nghi-dinh/\">"));
        assertTrue(html.contains("Đường dẫn cố định: <a href=\"https://daydu.gov.vn/tin-tuc/tinh-day-du/pho-bien-nghi-dinh/\">"), html);
        assertTrue(html.contains("<button type=\"button\" class=\"print-button\" data-print hidden>In bài viết</button>"));
        assertTrue(html.contains("<script src=\"../../../assets/print.js\" defer></script>"));
        assertFalse(html.replace("<script src=\"../../../assets/print.js\" defer></script>", "").contains("<script"), "no inline script");
        assertTrue(Files.readString(out.resolve("assets/print.js")).contains("window.print()"));
        assertTrue(html.contains("Nguồn: Văn phòng Ủy ban nhân dân tỉnh"));
    }

    @Test
    void theAboutPageShowsFunctionsStructureChartContactsAndTheEnglishVersionIsInEnglish() throws IOException {
        String vi = page("don-vi/tinh-day-du/gioi-thieu/index.html");
        assertTrue(vi.contains("<h1>Giới thiệu Tỉnh Đầy Đủ</h1>"));
        assertTrue(vi.contains("Cập nhật lần cuối: 01/06/2025"));
        assertTrue(vi.contains("cơ quan hành chính nhà nước ở địa phương"));
        assertTrue(vi.contains("<a href=\"https://skhcn.daydu.gov.vn\">Sở Khoa học và Công nghệ</a>"));
        assertTrue(vi.contains("<img src=\"../../../don-vi/tinh-day-du/tep/images/so-do.png\" alt=\"Sơ đồ tổ chức Ủy ban nhân dân tỉnh\">"));
        assertTrue(Files.exists(out.resolve("don-vi/tinh-day-du/tep/images/so-do.png")));
        assertTrue(vi.contains("<dt>Fax</dt><dd>0200 3800 001</dd>"));
        assertTrue(vi.contains("<caption>Đầu mối liên hệ của Tỉnh Đầy Đủ</caption>"));
        assertTrue(vi.contains("<th scope=\"row\">Trần Thị Bình</th><td>Phó Chánh Văn phòng</td>"));

        String en = page("en/don-vi/tinh-day-du/gioi-thieu/index.html");
        assertTrue(en.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(en.contains("<h1>About Day Du Province</h1>"));
        assertTrue(en.contains("<h2 id=\"chuc-nang\">Functions, tasks and powers</h2>"));
        assertTrue(en.contains("the local state administrative body"));
        assertTrue(en.contains("Department of Science and Technology"));
        assertTrue(en.contains("<td>Deputy Chief of Office</td><td>Office of the People"), en);
        assertTrue(en.contains("alt=\"Organisation chart\""));
        assertTrue(en.contains("<meta name=\"DC.language\" content=\"en\">"));
        assertFalse(en.contains("Chức năng, nhiệm vụ"), "interface strings come from i18n/en.properties");
    }

    @Test
    void englishFallsBackToVietnameseMarkedAsSuch() throws Exception {
        Path other = Files.createTempDirectory(dir, "fallback");
        TestContent c = new TestContent(other);
        c.write("units/tinh-a/unit.yaml", "name: Tỉnh A\nlevel: province\nfunctions: Quản lý nhà nước trên địa bàn tỉnh.\n");
        Path site = other.resolve("site");
        assertTrue(Pipeline.build(new Pipeline.Options(c.root, TestContent.defaultTheme(), site, null, null)).written());
        String en = Files.readString(site.resolve("en/don-vi/tinh-a/gioi-thieu/index.html"));
        assertTrue(en.contains("No English version yet; the Vietnamese text follows."));
        assertTrue(en.contains("<div class=\"prose\" lang=\"vi\"><p>Quản lý nhà nước trên địa bàn tỉnh.</p>"), en);
        assertTrue(en.contains("<h1>About <span lang=\"vi\">") || en.contains("<h1>About Tỉnh A</h1>"), en);
    }

    @Test
    void servicesQaAccessAndCompliancePagesShowWhatTheContentStates() throws IOException {
        String services = page("dich-vu-cong/index.html");
        assertTrue(services.contains("<a href=\"https://dichvucong.gov.vn\">Cổng Dịch vụ công quốc gia</a>"));
        assertTrue(services.contains("<h2 id=\"tinh-day-du\">Tỉnh Đầy Đủ</h2>"));
        assertTrue(services.contains("<a href=\"https://dichvucong.daydu.gov.vn\">Cổng Dịch vụ công tỉnh Đầy Đủ</a>"));
        assertTrue(services.contains("<td class=\"num\">80%</td>"), "online share computed from 80/100");

        String qa = page("don-vi/tinh-day-du/hoi-dap/index.html");
        assertTrue(qa.contains("không nhận câu hỏi hay ý kiến trực tiếp"), "a static site says it cannot receive submissions");
        assertTrue(qa.contains("<a href=\"https://phananh.daydu.gov.vn\">Hệ thống tiếp nhận phản ánh, kiến nghị</a> (phản ánh kiến nghị)"));
        assertTrue(qa.contains("<h3>Làm thế nào để nộp hồ sơ trực tuyến?</h3>"));
        assertTrue(qa.contains("trả lời ngày 05/03/2024"));

        String access = page("don-vi/tinh-day-du/tiep-can-thong-tin/index.html");
        assertTrue(access.contains("<a href=\"mailto:tiepcan@daydu.gov.vn\">"));
        assertTrue(access.contains("<th scope=\"row\">Kế hoạch chuyển đổi số năm 2024</th><td>10/KH-UBND</td><td>10/01/2024</td>"
                + "<td>Đăng trên cổng thông tin điện tử</td><td>12/01/2024</td><td>Thường xuyên</td>"), access);

        String compliance = page("don-vi/tinh-day-du/tuan-thu/index.html");
        assertTrue(compliance.contains("<h1>Tuân thủ Nghị định 42/2022: Tỉnh Đầy Đủ</h1>"));
        assertTrue(compliance.contains("Đạt 20/20 yêu cầu áp dụng; 0 yêu cầu bắt buộc chưa đạt."), compliance);
        assertFalse(compliance.contains("status-not-met"));
        String portal = page("tuan-thu/index.html");
        assertTrue(portal.contains("<td class=\"num\">19/19</td><td class=\"num\">1/1</td>"), portal);
        assertTrue(portal.contains("<code>nd42-2022</code> · phiên bản 1"));
    }

    @Test
    void theTextSiteMapListsEveryPageAsATree() throws IOException {
        String map = page("so-do-cong/index.html");
        for (String link : new String[]{"href=\"../gioi-thieu/index.html\"", "href=\"../don-vi/tinh-day-du/index.html\"",
                "href=\"../don-vi/tinh-day-du/2024/index.html\"", "href=\"../don-vi/tinh-day-du/gioi-thieu/index.html\"",
                "href=\"../tuan-thu/index.html\"", "href=\"../en/gioi-thieu/index.html\"", "href=\"../so-do-cong/index.html\""}) {
            assertTrue(map.contains(link), link);
        }
        int unit = map.indexOf("href=\"../don-vi/tinh-day-du/index.html\"");
        int period = map.indexOf("href=\"../don-vi/tinh-day-du/2024/index.html\"");
        assertTrue(unit > 0 && period > unit && map.substring(unit, period).contains("<ul>"), "a unit's periods are nested under it");
        assertFalse(map.contains("404.html"));
    }

    @Test
    void theFreshnessOfAPageIsJudgedOnlyWithABuildDate() throws Exception {
        String withDate = page("don-vi/tinh-day-du/tuan-thu/index.html");
        assertTrue(withDate.contains("id=\"cap-nhat--con-moi\""));
        Path other = dir.resolve("site-no-date");
        CompleteContent c = new CompleteContent(Files.createTempDirectory(dir, "nodate"), LocalDate.of(2025, 6, 1));
        assertTrue(Pipeline.build(new Pipeline.Options(c.root, c.theme, other, null, null)).written());
        String noDate = Files.readString(other.resolve("don-vi/tinh-day-du/tuan-thu/index.html"));
        assertTrue(noDate.contains("lần dựng này không có ngày (đặt SOURCE_DATE_EPOCH để đánh giá)"), noDate);
    }
}
