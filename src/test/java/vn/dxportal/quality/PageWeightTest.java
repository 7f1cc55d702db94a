package vn.dxportal.quality;

import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gate: every page, with the CSS and JavaScript it loads, weighs under 60 kB gzip-compressed (as a web server
 * sends it), so it opens fast on rural mobile bandwidth. Downloads and images are not counted. Needs no browser:
 * it weighs the built files. Prints the figures per page type.
 */
class PageWeightTest {
    static final int BUDGET = 60_000;

    /** One page's weight in gzip-compressed bytes. */
    record Weight(String page, long html, long css, long js) {
        long total() { return html + css + js; }
    }

    static Weight weigh(Path root, String page) throws IOException {
        Path file = root.resolve(page);
        byte[] html = Files.readAllBytes(file);
        Set<Path> css = new LinkedHashSet<>(), js = new LinkedHashSet<>();
        org.w3c.dom.Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setEncoding("UTF-8");
            doc = new HtmlDocumentBuilder(XmlViolationPolicy.ALLOW).parse(source);
        } catch (org.xml.sax.SAXException e) {
            throw new IOException(page + ": unparseable", e);
        }
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String tag = e.getLocalName().toLowerCase(Locale.ROOT);
            if (tag.equals("link") && e.getAttribute("rel").toLowerCase(Locale.ROOT).contains("stylesheet")) {
                addStylesheet(file.getParent().resolve(e.getAttribute("href")).normalize(), css);
            } else if (tag.equals("script") && e.hasAttribute("src")) {
                js.add(file.getParent().resolve(e.getAttribute("src")).normalize());
            }
        }
        long cssBytes = 0, jsBytes = 0;
        for (Path p : css) cssBytes += gzipped(Files.readAllBytes(p));
        for (Path p : js) jsBytes += gzipped(Files.readAllBytes(p));
        return new Weight(page, gzipped(html), cssBytes, jsBytes);
    }

    private static final Pattern IMPORT = Pattern.compile("@import\\s+(?:url\\()?['\"]?([^'\")\\s;]+)");

    /** A stylesheet and those it @imports: all of them are downloaded before the page shows. */
    private static void addStylesheet(Path sheet, Set<Path> css) throws IOException {
        if (!css.add(sheet)) return;
        Matcher m = IMPORT.matcher(Files.readString(sheet));
        while (m.find()) addStylesheet(sheet.getParent().resolve(m.group(1)).normalize(), css);
    }

    /** Size after gzip at zlib's default level (6), what nginx and most hosts send with compression on. */
    static long gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }

    @Test
    void everyPageWithItsCssAndJsStaysUnder60kBCompressed() throws IOException {
        SiteUnderTest site = SiteUnderTest.get();
        List<String> overweight = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format(
                "[quality gates] page weight, HTML + CSS + JS gzip-compressed, budget %,d bytes a page%n  %-14s %5s %8s %8s %8s %8s  %s%n",
                BUDGET, "page type", "pages", "html", "css", "js", "total", "heaviest page of the type"));
        for (SiteUnderTest.PageType type : site.pageTypes) {
            List<Weight> weights = new ArrayList<>();
            for (String page : type.paths()) weights.add(weigh(site.root, page));
            Weight heaviest = weights.stream().max(Comparator.comparingLong(Weight::total)).orElseThrow();
            table.append(String.format("  %-14s %5d %8s %8s %8s %8s  %s%n", type.name(), weights.size(), kb(heaviest.html()),
                    kb(heaviest.css()), kb(heaviest.js()), kb(heaviest.total()), heaviest.page()));
            for (Weight w : weights) if (w.total() >= BUDGET) overweight.add(w.page() + ": " + kb(w.total()) + " (html " + kb(w.html()) + ", css " + kb(w.css()) + ", js " + kb(w.js()) + ")");
        }
        System.out.print(table);
        Findings.assertNone("pages over " + BUDGET + " bytes compressed", overweight);
    }

    @Test
    void theGateFailsOnAnOverweightPage() throws IOException {
        // 120,000 random letters: text gzip cannot squeeze below the budget.
        Random random = new Random(42);
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 120_000; i++) noise.append((char) ('a' + random.nextInt(26)));
        BrokenCopy broken = BrokenCopy.of("broken-weight", "index.html", BrokenCopy.inMain("<p>" + noise + "</p>"));
        Weight w = weigh(broken.root, broken.page);
        assertTrue(w.total() >= BUDGET, () -> "weighs " + w);
        assertTrue(w.css() > 0, "the stylesheet is counted too");
    }

    private static String kb(long bytes) { return String.format("%.1f kB", bytes / 1000.0); }
}
