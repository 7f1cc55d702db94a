package vn.dxportal.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.TestContent;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class DocumentPagesTest {
    @TempDir Path dir;

    private TestContent content() {
        TestContent c = new TestContent(dir);
        c.write("site.yaml", "title: Cổng thử nghiệm\nlanguages: [vi, en]\ndocuments_page_size: 2\n");
        c.write("units/huyen-b/documents.yaml", """
                documents:
                  - id: kh-40-2022
                    form: Kế hoạch
                    number: 40/KH-UBND
                    issuer: UBND huyện Bình
                    issued: "2022-02-28"
                    title: Xây dựng Chính quyền điện tử năm 2022
                    file: files/kh-40-2022.pdf
                    cited_in: ["2022"]
                  - id: kh-40-2022-ban-sao
                    form: Kế hoạch
                    number: 40/KH-UBND (bản sao)
                    title: Bản sao dùng chung tệp với kế hoạch 40
                    file: files/kh-40-2022.pdf
                  - id: qd-1806-2021
                    form: Quyết định
                    number: 1806/QĐ-UBND
                    issuer: UBND huyện Bình
                    issued: "2021-03-29"
                    effective: "2021-04-01"
                    title: Thành lập Ban Chỉ đạo chuyển đổi số
                  - id: cv-504
                    form: Công văn
                    number: 504/UBND-VHTT
                    title: Triển khai Tổ công nghệ số cộng đồng
                """);
        c.write("units/huyen-b/files/kh-40-2022.pdf", "%PDF-1.4 test");
        return c;
    }

    @Test
    void librariesArePaginatedAndEveryFilterIsAPrebuiltList() throws Exception {
        SiteBuild b = SiteBuild.of(content().root, dir.resolve("site"), null, false, false);
        assertTrue(b.has("van-ban/index.html") && b.has("van-ban/trang-2/index.html"), "4 documents, 2 a page");
        assertFalse(b.has("van-ban/trang-3/index.html"));
        String first = b.read("van-ban/index.html");
        assertTrue(first.indexOf("40/KH-UBND") < first.indexOf("1806/QĐ-UBND"), "newest first");
        assertTrue(b.read("van-ban/trang-2/index.html").contains("504/UBND-VHTT"), "undated last");
        assertTrue(b.has("van-ban/huyen-b/index.html"));
        assertTrue(b.has("van-ban/theo-loai/ke-hoach/index.html"));
        assertTrue(b.has("van-ban/theo-loai/quyet-dinh/index.html"));
        assertTrue(b.has("van-ban/theo-nam/2021/index.html") && b.has("van-ban/theo-nam/2022/index.html"));
        assertTrue(b.has("van-ban/theo-co-quan/ubnd-huyen-binh/index.html"));
        assertTrue(b.has("van-ban/huyen-b/theo-loai/cong-van/index.html"), "per unit too");
        String year = b.read("van-ban/theo-nam/2021/index.html");
        assertTrue(year.contains("1806/QĐ-UBND") && !year.contains("40/KH-UBND"));
        assertTrue(year.contains("aria-current=\"page\"><strong>2021</strong>"), "the filter in force is marked");
        assertTrue(first.contains("<form class=\"doc-filter\" hidden"), "the quick filter appears only with JavaScript");
        assertTrue(first.contains("assets/documents.js"));
    }

    @Test
    void aDocumentPageShowsEveryDecree42FieldAndLinksItsFile() throws Exception {
        SiteBuild b = SiteBuild.of(content().root, dir.resolve("site"), null, false, false);
        String page = b.read("van-ban/huyen-b/kh-40-2022/index.html");
        for (String label : new String[]{"Hình thức văn bản", "Số ký hiệu", "Cơ quan ban hành", "Ngày ban hành", "Ngày có hiệu lực",
                "Trích yếu", "Tệp văn bản"}) {
            assertTrue(page.contains("<dt>" + label + "</dt>"), label);
        }
        assertTrue(page.contains("<dd>28/02/2022</dd>"));
        assertTrue(page.contains("Không rõ (nguồn không ghi)"), "the missing effective date is shown as missing");
        assertEquals("van-ban/huyen-b/tep/files/kh-40-2022.pdf", Urls.documentFilePath("huyen-b", "files/kh-40-2022.pdf"));
        assertTrue(page.contains("href=\"../../../van-ban/huyen-b/tep/files/kh-40-2022.pdf\" download"));
        assertEquals("%PDF-1.4 test", b.read("van-ban/huyen-b/tep/files/kh-40-2022.pdf"), "the linked file is published as it is");
        assertTrue(b.read("van-ban/huyen-b/kh-40-2022-ban-sao/index.html").contains("href=\"../../../van-ban/huyen-b/tep/files/kh-40-2022.pdf\" download"),
                "a file two documents share is published once and linked from both");
        assertTrue(page.contains("href=\"../../../don-vi/huyen-b/2022/index.html\""), "cited in the 2022 report");
        String undated = b.read("van-ban/huyen-b/cv-504/index.html");
        assertTrue(undated.contains("Chưa có tệp đính kèm"));
    }
}
