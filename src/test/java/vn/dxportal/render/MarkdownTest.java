package vn.dxportal.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MarkdownTest {
    @Test
    void gfmTablesFootnotesAnchorsAndAutolinks() {
        String html = Markdown.toHtml("""
                ## Kết quả thực hiện

                | Cấp | Số |
                |-----|----|
                | Xã  | 5  |

                Xem https://minhlong.quangngai.gov.vn[^1].

                [^1]: Cổng thông tin huyện.
                """);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<h2 id=\"ket-qua-thuc-hien\">"), html);
        assertTrue(html.contains("href=\"https://minhlong.quangngai.gov.vn\""), html);
        assertTrue(html.contains("class=\"footnotes\""), html);
    }

    @Test
    void repeatedHeadingsGetDistinctAnchors() {
        String html = Markdown.toHtml("## Đánh giá\n\n## Đánh giá\n");
        assertTrue(html.contains("id=\"danh-gia\""), html);
        assertTrue(html.contains("id=\"danh-gia-1\""), html);
    }

    @Test
    void rawHtmlAndScriptUrlsNeverReachTheOutput() {
        String html = Markdown.toHtml("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void tablesAreCaptionedByTheirSectionHeadingScrollInAFocusableRegionAndAlignWithAClass() {
        String html = Markdown.toHtml("## Dịch vụ công\n\n| Cấp | Số |\n|:---|---:|\n| Xã | 5 |\n\n| A | B |\n|---|---|\n| 1 | 2 |\n");
        assertTrue(html.contains("<div class=\"table-scroll\" role=\"region\" aria-label=\"Dịch vụ công\" tabindex=\"0\"><table><caption>Dịch vụ công</caption>"), html);
        assertTrue(html.contains("<caption>Dịch vụ công (bảng 2)</caption>"), html);
        assertTrue(html.contains("class=\"align-right\""), html);
        assertFalse(html.contains("align=\""), "align= is obsolete HTML: " + html);
    }
}
