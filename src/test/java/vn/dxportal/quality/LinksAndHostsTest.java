package vn.dxportal.quality;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gate: the portal works from any host and any folder. nginx serves it under /cong-thong-tin/ and a crawl from
 * the home page must find no broken link or asset; a page opened straight from disk (file://, a USB stick) must
 * show its styles and have navigation links to files that exist.
 */
@ExtendWith(BrowserGates.class)
class LinksAndHostsTest {
    private static final String HOME = "/" + SiteUnderTest.SUB_PATH + "/index.html";

    @Test
    void crawlingThePortalUnderASubPathFindsNoBrokenLinkOrAsset(Nginx nginx) throws Exception {
        SiteUnderTest site = SiteUnderTest.get();
        LinkCrawler.Result crawl = LinkCrawler.crawl(nginx.url(HOME));
        Findings.assertNone("broken links or assets under /" + SiteUnderTest.SUB_PATH + "/", crawl.problems());

        // Every page must be reachable by following links (the 404 page is reached by mistake, not by links).
        List<String> unreached = new ArrayList<>();
        for (String page : site.htmlPages) {
            if (!page.equals("404.html") && !crawl.pages().contains(nginx.url("/" + SiteUnderTest.SUB_PATH + "/" + page))) unreached.add(page);
        }
        Findings.assertNone("pages no link leads to", unreached);
        assertTrue(crawl.assets().contains(nginx.url("/" + SiteUnderTest.SUB_PATH + "/assets/style.css")), () -> "assets: " + crawl.assets());
    }

    @Test
    void theCrawlFailsOnBrokenLinksAndAssets(Nginx nginx) throws Exception {
        BrokenCopy broken = BrokenCopy.of("broken-links", "index.html", BrokenCopy.inMain("""
                <p><a href="khong-co-trang-nay/index.html">Trang không có</a>
                <img src="assets/khong-co-anh.png" alt="Ảnh không có">
                <a href="/don-vi/index.html">Liên kết tính từ gốc máy chủ</a>
                <a href="#khong-co-muc-nay">Mục không có</a></p>"""));
        List<String> problems = LinkCrawler.crawl(nginx.url(broken.urlPath())).problems();
        for (String expected : List.of("khong-co-trang-nay/index.html: HTTP 404", "assets/khong-co-anh.png: HTTP 404",
                "\"/don-vi/index.html\" leaves the portal's folder", "#khong-co-muc-nay: no element with that id")) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), () -> "expected «" + expected + "» in " + problems);
        }
        assertTrue(problems.size() == 4, () -> "only the four defects put in: " + problems);
    }

    /** What goes wrong when {@code page} is opened from disk: styles not applied, navigation to missing files. */
    static List<String> fileProblems(Browser browser, Path page) {
        browser.open(page.toUri());
        List<String> problems = new ArrayList<>();
        // The theme paints the header; without its stylesheet the header is transparent (the browser default).
        Object background = browser.js("const h = document.querySelector('header'); return h && getComputedStyle(h).backgroundColor;");
        if (background == null || "rgba(0, 0, 0, 0)".equals(background)) problems.add(page + ": the stylesheet did not apply (header background " + background + ")");
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) browser.js("return Array.from(document.querySelectorAll('header a[href], nav a[href]')).map(a => a.href);");
        if (hrefs.isEmpty()) problems.add(page + ": no navigation links");
        for (String href : hrefs) {
            URI uri = URI.create(href);
            if (!"file".equals(uri.getScheme())) continue; // links to other sites
            Path target = Path.of(URI.create(uri.getScheme() + "://" + uri.getRawPath()));
            if (!Files.isRegularFile(target)) problems.add(page + ": navigation link " + href + " is not a file");
        }
        return problems;
    }

    @Test
    void aPageOpenedFromDiskShowsItsStylesAndNavigation(Browser browser) {
        SiteUnderTest site = SiteUnderTest.get();
        Findings.assertNone("problems from file://", fileProblems(browser, site.file(site.type("period").representative())));
    }

    @Test
    void theDiskCheckFailsOnRootAbsoluteAndFolderLinks(Browser browser) {
        SiteUnderTest site = SiteUnderTest.get();
        String period = site.type("period").representative();
        BrokenCopy broken = BrokenCopy.of("broken-file", period, s -> s
                .replace("\"../../../assets/style.css\"", "\"/assets/style.css\"")
                .replace("\"../../../chi-tieu/index.html\"", "\"../../../chi-tieu/\""));
        List<String> problems = fileProblems(browser, broken.file());
        assertTrue(problems.stream().anyMatch(p -> p.contains("stylesheet did not apply")), () -> problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("/chi-tieu/ is not a file")), () -> problems.toString());
    }
}
