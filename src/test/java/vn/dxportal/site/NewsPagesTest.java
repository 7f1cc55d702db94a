package vn.dxportal.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.TestContent;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;
import static vn.dxportal.site.SiteBuild.post;

class NewsPagesTest {
    @TempDir Path dir;

    private TestContent withPosts(int count, int pageSize) {
        TestContent c = new TestContent(dir);
        c.write("site.yaml", "title: Cổng thử nghiệm\nlanguages: [vi, en]\npage_size: " + pageSize + "\n");
        for (int i = 1; i <= count; i++) {
            c.write("units/huyen-b/news/bai-" + i + ".md", post("Bài số " + i, "2022-03-" + String.format("%02d", i),
                    "category: Tin hoạt động\ntags: [Tập huấn, chuyển đổi số]\n", "Nội dung bài " + i + "."));
        }
        return c;
    }

    private int postsOn(SiteBuild b, String path) throws Exception {
        String html = b.read(path);
        return html.split("<li><h2><a href=", -1).length - 1;
    }

    @Test
    void zeroPostsGiveOneEmptyList() throws Exception {
        SiteBuild b = SiteBuild.of(withPosts(0, 2).root, dir.resolve("site"), null, false, false);
        assertTrue(b.read("tin-tuc/index.html").contains("Chưa có tin."));
        assertFalse(b.has("tin-tuc/trang-2/index.html"));
        assertFalse(b.has("en/tin-tuc/index.html"), "no English news without an English post");
    }

    @Test
    void onePostOnePage() throws Exception {
        SiteBuild b = SiteBuild.of(withPosts(1, 2).root, dir.resolve("site"), null, false, false);
        assertEquals(1, postsOn(b, "tin-tuc/index.html"));
        assertFalse(b.has("tin-tuc/trang-2/index.html"));
        assertFalse(b.read("tin-tuc/index.html").contains("class=\"pager\""), "no pager for a single page");
    }

    @Test
    void aFullPageHasNoSecondPage() throws Exception {
        SiteBuild b = SiteBuild.of(withPosts(2, 2).root, dir.resolve("site"), null, false, false);
        assertEquals(2, postsOn(b, "tin-tuc/index.html"));
        assertFalse(b.has("tin-tuc/trang-2/index.html"));
    }

    @Test
    void onePostMoreStartsASecondPageEverywhere() throws Exception {
        SiteBuild b = SiteBuild.of(withPosts(3, 2).root, dir.resolve("site"), null, false, false);
        assertEquals(2, postsOn(b, "tin-tuc/index.html"));
        assertEquals(1, postsOn(b, "tin-tuc/trang-2/index.html"));
        assertTrue(b.read("tin-tuc/trang-2/index.html").contains("Bài số 1"), "oldest post last");
        assertTrue(b.read("tin-tuc/index.html").contains("href=\"../tin-tuc/trang-2/index.html\" rel=\"next\""));
        assertTrue(b.read("tin-tuc/trang-2/index.html").contains("href=\"../../tin-tuc/index.html\" rel=\"prev\""));
        assertFalse(b.has("tin-tuc/trang-3/index.html"));
        // the unit's list, the category's and the tag's are paginated alike; slugs fold diacritics
        assertTrue(b.has("don-vi/huyen-b/tin-tuc/trang-2/index.html"));
        assertTrue(b.has("tin-tuc/chuyen-muc/tin-hoat-dong/trang-2/index.html"));
        assertTrue(b.has("tin-tuc/tu-khoa/tap-huan/trang-2/index.html"));
        assertTrue(b.has("tin-tuc/tu-khoa/chuyen-doi-so/index.html"));
        assertTrue(b.read("tin-tuc/tu-khoa/index.html").contains("Tập huấn"));
    }

    @Test
    void postsLinkPreviousNextAndRelated() throws Exception {
        SiteBuild b = SiteBuild.of(withPosts(3, 10).root, dir.resolve("site"), null, false, false);
        String middle = b.read("tin-tuc/huyen-b/bai-2/index.html");
        assertTrue(middle.contains("href=\"../../../tin-tuc/huyen-b/bai-1/index.html\" rel=\"prev\""), "older post");
        assertTrue(middle.contains("href=\"../../../tin-tuc/huyen-b/bai-3/index.html\" rel=\"next\""), "newer post");
        assertTrue(middle.contains("Tin liên quan"));
        assertTrue(middle.contains("href=\"../../../tin-tuc/chuyen-muc/tin-hoat-dong/index.html\""));
    }

    @Test
    void draftsAndFuturePostsAreLeftOutUnlessAskedFor() throws Exception {
        TestContent c = withPosts(1, 10);
        c.write("units/huyen-b/news/nhap.md", post("Bài nháp", "2022-03-05", "draft: true\n", "Chưa duyệt."));
        // the build date is 2023-06-15 (SiteBuild.EPOCH): the 15th is published, the 16th is in the future
        c.write("units/huyen-b/news/hom-nay.md", post("Bài hôm nay", "2023-06-15", "", "Đăng hôm nay."));
        c.write("units/huyen-b/news/ngay-mai.md", post("Bài ngày mai", "2023-06-16", "", "Chưa tới ngày."));

        SiteBuild normal = SiteBuild.of(c.root, dir.resolve("a"), null, false, false);
        assertFalse(normal.has("tin-tuc/huyen-b/nhap/index.html"));
        assertFalse(normal.has("tin-tuc/huyen-b/ngay-mai/index.html"));
        assertTrue(normal.has("tin-tuc/huyen-b/hom-nay/index.html"));
        String list = normal.read("tin-tuc/index.html");
        assertFalse(list.contains("Bài nháp") || list.contains("Bài ngày mai"));
        assertFalse(normal.read("index.html").contains("Bài ngày mai"), "nor on the home page");
        assertTrue(String.join("\n", normal.built.notes()).contains("1 bài nháp"));
        assertTrue(String.join("\n", normal.built.notes()).contains("--future"));

        SiteBuild preview = SiteBuild.of(c.root, dir.resolve("b"), null, true, true);
        assertTrue(preview.has("tin-tuc/huyen-b/nhap/index.html"));
        assertTrue(preview.has("tin-tuc/huyen-b/ngay-mai/index.html"));
    }

    @Test
    void anEnglishVersionOfAPostIsAnEnglishPageWithAlternates() throws Exception {
        TestContent c = withPosts(1, 10);
        c.write("units/huyen-b/news/bai-1.en.md", "---\ntitle: Post one\nsummary: In English.\ncategory: Activities\n---\nEnglish body.\n");
        SiteBuild b = SiteBuild.of(c.root, dir.resolve("site"), "https://example.gov.vn/cong/", false, false);
        String en = b.read("en/tin-tuc/huyen-b/bai-1/index.html");
        assertTrue(en.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(en.contains("<h1>Post one</h1>") && en.contains("English body."));
        assertTrue(en.contains("<link rel=\"alternate\" hreflang=\"vi\" href=\"https://example.gov.vn/cong/tin-tuc/huyen-b/bai-1/\">"));
        assertTrue(en.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.gov.vn/cong/en/tin-tuc/huyen-b/bai-1/\">"));
        assertTrue(en.contains("<span lang=\"vi\">Huyện Bình</span>"), "a Vietnamese-only name on an English page keeps lang=vi");
        String vi = b.read("tin-tuc/huyen-b/bai-1/index.html");
        assertTrue(vi.contains("href=\"../../../en/tin-tuc/huyen-b/bai-1/index.html\" hreflang=\"en\" lang=\"en\">English</a>"), "language switch");
        assertTrue(b.has("en/tin-tuc/chuyen-muc/activities/index.html"));
        assertTrue(b.has("en/tin-tuc/atom.xml"));
    }

    @Test
    void aTranslationWithoutItsPostIsAnError() throws Exception {
        TestContent c = withPosts(1, 10);
        c.write("units/huyen-b/news/khong-co.en.md", "---\ntitle: Orphan\n---\nx\n");
        var b = vn.dxportal.build.Pipeline.build(new vn.dxportal.build.Pipeline.Options(c.root, TestContent.defaultTheme(), dir.resolve("s"), null, null));
        assertFalse(b.written());
        assertTrue(b.diagnostics().sorted().stream().anyMatch(d -> d.code().equals("TRANSLATION_ORPHAN") && d.file().endsWith("news/khong-co.en.md")));
    }
}
