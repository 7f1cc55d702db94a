package vn.dxportal.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.dxportal.TestContent;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static vn.dxportal.site.SiteBuild.post;

class FeedAndSitemapTest {
    static final String BASE = "https://cds.example.gov.vn/cong-thong-tin";
    @TempDir Path dir;

    private TestContent content() {
        TestContent c = new TestContent(dir);
        c.write("units/huyen-b/news/tap-huan.md", post("Tập huấn <chuyển đổi số> & kỹ năng số", "2022-11-15",
                "category: Tin hoạt động\ntags: [tập huấn]\nsummary: Tóm tắt.\n", "Xem [báo cáo](../../bao-cao.html)."));
        c.write("units/huyen-b/news/cu-hon.md", post("Bài cũ hơn", "2022-01-03", "", "Nội dung."));
        c.write("units/tinh-a/news/cua-tinh.md", post("Bài của tỉnh", "2022-06-30", "", "Nội dung."));
        return c;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(file.toFile()); // throws on anything not well-formed
    }

    private static List<Element> elements(Document d, String ns, String name) {
        NodeList list = d.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    @Test
    void feedsAreWellFormedAtomWithAbsoluteLinksAndCorrectDates() throws Exception {
        SiteBuild b = SiteBuild.of(content().root, dir.resolve("site"), BASE + "/", false, false);
        Document feed = parse(b.out.resolve("tin-tuc/atom.xml"));
        Element root = feed.getDocumentElement();
        assertEquals(AtomFeed.NS, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        List<Element> entries = elements(feed, AtomFeed.NS, "entry");
        assertEquals(3, entries.size());
        for (Element link : elements(feed, AtomFeed.NS, "link")) {
            assertTrue(link.getAttribute("href").startsWith(BASE + "/"), link.getAttribute("href"));
        }
        for (Element id : elements(feed, AtomFeed.NS, "id")) assertTrue(id.getTextContent().startsWith(BASE + "/"));
        Element first = entries.get(0);
        assertEquals("Tập huấn <chuyển đổi số> & kỹ năng số", text(first, "title"), "escaped, then read back intact");
        assertEquals(BASE + "/tin-tuc/huyen-b/tap-huan/", text(first, "id"));
        // A post's date is its day in Vietnam: midnight at +07:00, in RFC 3339.
        assertEquals("2022-11-15T00:00:00+07:00", text(first, "published"));
        assertEquals(OffsetDateTime.parse("2022-11-15T00:00:00+07:00"), OffsetDateTime.parse(text(first, "updated")));
        assertEquals("2022-11-15T00:00:00+07:00", text(root, "updated"), "the feed is as new as its newest entry");
        assertEquals("2022-06-30T00:00:00+07:00", text(entries.get(1), "published"), "newest first");
        assertEquals(BASE + "/tin-tuc/huyen-b/tap-huan/", first.getAttributeNS(XMLConstants.XML_NS_URI, "base"),
                "relative links in the body resolve against the post");
        assertTrue(text(first, "content").contains("href=\"../../bao-cao.html\""), text(first, "content"));

        Document unit = parse(b.out.resolve("don-vi/huyen-b/tin-tuc/atom.xml"));
        assertEquals(2, elements(unit, AtomFeed.NS, "entry").size(), "a unit's feed has only its posts");
        String head = b.read("index.html");
        assertTrue(head.contains("<link rel=\"alternate\" type=\"application/atom+xml\""), "feed discovery in page heads");
        String unitList = b.read("don-vi/huyen-b/tin-tuc/index.html");
        assertTrue(unitList.contains("href=\"../../../don-vi/huyen-b/tin-tuc/atom.xml\""), unitList);
    }

    private static String text(Element parent, String name) {
        NodeList l = parent.getElementsByTagNameNS(AtomFeed.NS, name);
        for (int i = 0; i < l.getLength(); i++) if (l.item(i).getParentNode() == parent) return l.item(i).getTextContent();
        return null;
    }

    @Test
    void withoutABaseUrlThereAreNoFeedsNoSitemapAndTheBuildSaysWhy() throws Exception {
        SiteBuild b = SiteBuild.of(content().root, dir.resolve("site"), null, false, false);
        assertFalse(b.has("tin-tuc/atom.xml"));
        assertFalse(b.has("sitemap.xml"));
        assertTrue(b.has("robots.txt"));
        assertFalse(b.read("robots.txt").contains("Sitemap:"));
        String notes = String.join("\n", b.built.notes());
        assertTrue(notes.contains("atom.xml") && notes.contains("--base-url"), notes);
        assertFalse(b.read("index.html").contains("rel=\"canonical\""));
    }

    @Test
    void sitemapValidatesAgainstTheSitemapsOrgSchemaAndListsEveryPageOnce() throws Exception {
        SiteBuild b = SiteBuild.of(content().root, dir.resolve("site"), BASE, false, false);
        Path sitemap = b.out.resolve("sitemap.xml");
        validate(sitemap, "/sitemap-0.9.xsd");
        Document d = parse(sitemap);
        List<String> locs = elements(d, SitePlumbing.NS, "loc").stream().map(Element::getTextContent).toList();
        assertEquals(locs.size(), locs.stream().distinct().count());
        assertTrue(locs.contains(BASE + "/"));
        assertTrue(locs.contains(BASE + "/tin-tuc/huyen-b/tap-huan/"));
        assertTrue(locs.contains(BASE + "/en/"), "English pages too");
        assertFalse(locs.stream().anyMatch(l -> l.contains("404")), "not the error page");
        assertFalse(locs.stream().anyMatch(l -> l.endsWith(".json") || l.endsWith(".xml")), "pages only");
        assertTrue(b.read("sitemap.xml").contains("<lastmod>2022-11-15</lastmod>"), "posts carry their date");
        assertEquals("# Mọi trang của cổng đều công khai.\nUser-agent: *\nAllow: /\nSitemap: " + BASE + "/sitemap.xml\n", b.read("robots.txt"));
        assertTrue(b.read("don-vi/huyen-b/index.html").contains("<link rel=\"canonical\" href=\"" + BASE + "/don-vi/huyen-b/\">"));
    }

    @Test
    void aSitemapOfMoreThan50000UrlsBecomesAValidIndexOfParts() throws Exception {
        List<SitePlumbing.Url> urls = new ArrayList<>();
        for (int i = 0; i < 3; i++) urls.add(new SitePlumbing.Url(BASE + "/p/" + i + "/", null));
        Path index = dir.resolve("index.xml"), part = dir.resolve("part.xml");
        java.nio.file.Files.write(index, SitePlumbing.index(BASE, 2));
        java.nio.file.Files.write(part, SitePlumbing.urlset(urls));
        validate(index, "/siteindex-0.9.xsd");
        validate(part, "/sitemap-0.9.xsd");
        assertTrue(java.nio.file.Files.readString(index).contains("<loc>" + BASE + "/sitemap-2.xml</loc>"));
    }

    private static void validate(Path xml, String xsd) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = f.newSchema(FeedAndSitemapTest.class.getResource(xsd));
        schema.newValidator().validate(new StreamSource(xml.toFile())); // throws SAXException when invalid
    }

    @Test
    void aBaseUrlThatIsNotAbsoluteIsAClearError() throws Exception {
        var b = vn.dxportal.build.Pipeline.build(new vn.dxportal.build.Pipeline.Options(content().root, TestContent.defaultTheme(),
                dir.resolve("s"), "cds.example.gov.vn", null));
        assertFalse(b.written());
        assertTrue(b.diagnostics().sorted().stream().anyMatch(d -> d.code().equals("BASE_URL") && d.hint().contains("https://")));
    }
}
