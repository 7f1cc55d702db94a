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
    void aBodyDrawnAgainInTheSamePlaceIsTheSameAndAnEditedOneIsNew() {
        java.util.function.UnaryOperator<String> links = href -> href.replace(".md", "/");
        String where = "units/a/news/x.md tin-tuc/a/x/index.html";
        String first = Markdown.toHtml("Xem [bài](y.md).", where, links);
        assertTrue(first.startsWith("<p>Xem <a ") && first.contains(" href=\"y/\">bài</a>"), first);
        assertEquals(first, Markdown.toHtml(new String("Xem [bài](y.md)."), where, links), "drawn again for the feed");
        String edited = Markdown.toHtml("Đã sửa: [bài](z.md).", where, links);
        assertTrue(edited.startsWith("<p>Đã sửa: <a ") && edited.contains(" href=\"z/\">bài</a>"),
                "an edit of the body in the same place is made anew, not taken from before: " + edited);
        assertEquals("", Markdown.toHtml(null, where, links));
    }

    @Test
    void everyBareLinkIsLinkedWhicheverParserReadsTheText() {
        // Text without '@', '&', "://" or "www." is parsed without the autolinker: each way of writing a bare link
        // must still be seen as one.
        String[][] cases = {
                {"Thư: vanthu@quangngai.gov.vn", "href=\"mailto:vanthu@quangngai.gov.vn\""},
                {"Thư: vanthu&#64;quangngai.gov.vn", "href=\"mailto:vanthu@quangngai.gov.vn\""},
                {"Cổng http://dulieu.gov.vn/bao-cao", "href=\"http://dulieu.gov.vn/bao-cao\""},
                {"Cổng https&#58;//dulieu.gov.vn", "href=\"https://dulieu.gov.vn\""},
        };
        for (String[] c : cases) {
            assertTrue(Markdown.mayHoldBareLinks(c[0]), c[0]);
            String html = Markdown.toHtml(c[0]);
            assertTrue(html.contains(c[1]), () -> c[0] + " → " + html);
        }
        String plain = "Kết quả: 98,5% hồ sơ trực tuyến; xem mục 2. (Báo cáo số 12/BC-UBND).";
        assertFalse(Markdown.mayHoldBareLinks(plain));
        assertEquals("<p>" + plain + "</p>\n", Markdown.toHtml(plain));
    }

    @Test
    void repeatedHeadingsGetDistinctAnchors() {
        String html = Markdown.toHtml("## Đánh giá\n\n## Đánh giá\n");
        assertTrue(html.contains("id=\"danh-gia\""), html);
        assertTrue(html.contains("id=\"danh-gia-1\""), html);
    }

    @Test
    void rawHtmlAndScriptUrlsNeverReachTheOutput() {
        String html = Markdown.toHtml("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>"
                + " <a href=\"vbscript:msgbox(1)\">v</a> ![d](data:image/svg+xml;base64,PHN2Zz4=)\n\n<iframe src=\"https://x.vn\"></iframe>"
                + "<svg onload=alert(1)></svg><div style=\"width:expression(alert(1))\" onclick=\"alert(1)\">s</div>");
        for (String bad : new String[]{"<script", "alert(1)", "javascript:", "vbscript:", "data:", "onerror", "onload", "onclick",
                "<iframe", "<svg", "style="}) {
            assertFalse(html.contains(bad), bad + " in " + html);
        }
        assertTrue(html.contains("<div>s</div>"), "the text of a dropped attribute's element stays: " + html);
    }

    @Test
    void withoutRawHtmlUnsafeUrlSchemesAreStillDroppedAndTextStillEscaped() {
        // No raw HTML here, so the allow-list does not run: the renderer's own URL check and escaping must hold.
        String html = Markdown.toHtml("[a](javascript:alert(1)) [b](JavaScript:alert(2)) [c](vbscript:msgbox(1)) "
                + "[d](data:text/html;base64,PHNjcmlwdD4=) ![e](data:image/svg+xml;base64,PHN2Zz4=) <javascript:alert(3)> "
                + "[f](https://x.vn \"t\\\" onmouseover=\\\"alert(4)\") `<script>` 5 < 6 & \\<b onclick=x\\>\n\n"
                + "[gọi](tel:+842103812345) [thư](mailto:a@b.vn) [trang](../bao-cao/)");
        for (String bad : new String[]{"=\"javascript:", "=\"JavaScript:", "=\"vbscript:", "=\"data:", "<script", "\" onmouseover", "<b onclick"}) {
            assertFalse(html.contains(bad), bad + " in " + html);
        }
        for (String good : new String[]{"href=\"tel:+842103812345\"", "href=\"mailto:a@b.vn\"", "href=\"../bao-cao/\"",
                "href=\"https://x.vn\"", "&lt;script&gt;", "5 &lt; 6 &amp;"}) {
            assertTrue(html.contains(good), good + " in " + html);
        }
    }

    @Test
    void theSafeSubsetOfRawHtmlPasses() {
        String html = Markdown.toHtml("""
                <figure><img src="so-do.png" alt="Sơ đồ" width="640" height="480"><figcaption>Sơ đồ tổ chức</figcaption></figure>

                <details><summary>Chi tiết</summary>Nội dung</details>

                <abbr title="Ủy ban nhân dân">UBND</abbr> H<sub>2</sub>O, m<sup>2</sup><br>dòng mới,
                <a href="https://x.gov.vn" title="Cổng" rel="noopener">liên kết</a>
                """);
        for (String good : new String[]{"<figure><img src=\"so-do.png\" alt=\"Sơ đồ\" width=\"640\" height=\"480\" />",
                "<figcaption>Sơ đồ tổ chức</figcaption>", "<details><summary>Chi tiết</summary>", "<abbr title=\"Ủy ban nhân dân\">UBND</abbr>",
                "<sub>2</sub>", "<sup>2</sup>", "<br />", "<a href=\"https://x.gov.vn\" title=\"Cổng\" rel=\"noopener\">"}) {
            assertTrue(html.contains(good), good + " missing from " + html);
        }
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
