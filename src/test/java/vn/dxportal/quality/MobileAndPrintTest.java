package vn.dxportal.quality;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gate: the portal on a cheap phone and on paper. At 320 CSS pixels no page type scrolls sideways (wide tables
 * scroll inside their own box, not the page). Printed, a news article and a period report keep their text,
 * tables and charts and leave out navigation; Chromium's own print to PDF must produce a real document.
 */
@ExtendWith(BrowserGates.class)
class MobileAndPrintTest {
    static final int PHONE_WIDTH = 320;
    static final Path PDFS = Path.of("target", "quality", "print");

    private static URI url(Nginx nginx, String page) { return nginx.url("/" + SiteUnderTest.SUB_PATH + "/" + page); }

    /** Why {@code url} scrolls sideways on a 320 px phone, or nothing when it does not. */
    @SuppressWarnings("unchecked")
    static List<String> sidewaysScroll(Browser browser, URI url) {
        browser.viewport(PHONE_WIDTH, 640);
        try {
            browser.open(url);
            return (List<String>) browser.js("""
                    const root = document.documentElement, problems = [];
                    if (root.clientWidth !== arguments[0]) {
                      problems.push('the layout is ' + root.clientWidth + ' px wide on a ' + arguments[0] + ' px phone: <meta name="viewport" content="width=device-width"> missing?');
                    }
                    if (root.scrollWidth > root.clientWidth) {
                      problems.push('scrolls sideways: ' + root.scrollWidth + ' px of content in ' + root.clientWidth + ' px');
                      // Name the culprits: the outermost elements sticking out past the right edge, leaving out
                      // those inside a box that scrolls or clips (they stay inside it).
                      const sticksOut = e => e.getBoundingClientRect().right > root.clientWidth + 1;
                      const clipped = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                          if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
                      const culprits = Array.from(document.body.querySelectorAll('*'))
                        .filter(e => sticksOut(e) && !clipped(e) && !(e.parentElement && e.parentElement !== document.body && sticksOut(e.parentElement)));
                      culprits.slice(0, 5).forEach(e => problems.push('  too wide: <' + e.tagName.toLowerCase()
                        + (e.getAttribute('class') ? ' class="' + e.getAttribute('class') + '"' : '') + '> at '
                        + Math.round(e.getBoundingClientRect().left) + '–' + Math.round(e.getBoundingClientRect().right) + ' px'));
                    }
                    return problems;
                    """, PHONE_WIDTH);
        } finally {
            browser.resetViewport();
        }
    }

    /**
     * What printing {@code url} loses or keeps that it should not: under print media, navigation must be hidden
     * and every piece of content visible on screen (text, lists, tables, charts) still visible. Site-wide parts
     * (header, footer, navigation, breadcrumbs, table of contents) are expected to go.
     */
    @SuppressWarnings("unchecked")
    static List<String> printProblems(Browser browser, URI url) {
        browser.open(url);
        browser.js("""
                const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
                document.querySelectorAll('main :is(p, li, table, svg, figure, h1, h2, h3, h4, dl, blockquote, pre)').forEach((e, i) => {
                  if (shown(e) && !e.closest('nav, .toc, .crumbs')) e.setAttribute('data-print-check', i);
                });
                """);
        browser.media("print");
        try {
            return (List<String>) browser.js("""
                    const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
                    const problems = [];
                    const main = document.querySelector('main');
                    if (!main || !shown(main)) problems.push('main content hidden in print');
                    document.querySelectorAll('nav, header, .skip-link').forEach(e => {
                      if (shown(e)) problems.push('navigation printed: <' + e.tagName.toLowerCase() + (e.getAttribute('aria-label') ? ' aria-label="' + e.getAttribute('aria-label') + '"' : '') + '>');
                    });
                    const checked = document.querySelectorAll('[data-print-check]');
                    if (checked.length === 0) problems.push('no content found to print');
                    checked.forEach(e => {
                      if (!shown(e)) problems.push('content lost in print: <' + e.tagName.toLowerCase() + '> «' + (e.textContent || '').trim().slice(0, 60) + '»');
                    });
                    return problems;
                    """);
        } finally {
            browser.media("");
        }
    }

    @TestFactory
    Stream<DynamicTest> noPageTypeScrollsSidewaysOnA320PixelPhone(Browser browser, Nginx nginx) {
        return SiteUnderTest.get().pageTypes.stream().map(type -> DynamicTest.dynamicTest(type.name(), () ->
                Findings.assertNone("problems at " + PHONE_WIDTH + " px on " + type.representative(),
                        sidewaysScroll(browser, url(nginx, type.representative())))));
    }

    @Test
    void theSidewaysCheckFailsOnATooWideTable(Browser browser, Nginx nginx) {
        BrokenCopy broken = BrokenCopy.of("broken-wide", "index.html", BrokenCopy.withoutPolicy(BrokenCopy.inMain(
                "<table style=\"width: 60rem\"><caption>Bảng quá rộng</caption><tr><th scope=\"row\">Cấp</th><td>1</td></tr></table>")));
        List<String> problems = sidewaysScroll(browser, nginx.url(broken.urlPath()));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("scrolls sideways")), () -> problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("too wide: <table")), () -> problems.toString());
    }

    @Test
    void theSidewaysCheckFailsWithoutAViewportMetaTag(Browser browser, Nginx nginx) {
        // Without it a phone lays the page out 980 px wide and shrinks it: nothing scrolls, everything is tiny.
        BrokenCopy broken = BrokenCopy.of("broken-viewport", "index.html",
                s -> s.replace("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", ""));
        List<String> problems = sidewaysScroll(browser, nginx.url(broken.urlPath()));
        assertTrue(problems.stream().anyMatch(p -> p.contains("viewport")), () -> problems.toString());
    }

    @Test
    void aPrintedArticleAndPeriodReportKeepTheirContentAndLeaveOutNavigation(Browser browser, Nginx nginx) throws IOException {
        SiteUnderTest site = SiteUnderTest.get();
        Files.createDirectories(PDFS);
        List<String> problems = new ArrayList<>();
        for (String type : List.of("article", "period")) {
            String page = site.type(type).representative();
            problems.addAll(printProblems(browser, url(nginx, page)).stream().map(p -> page + ": " + p).toList());
            // The page is loaded and Chromium prints it as a person would (print media, A4).
            byte[] pdf = browser.printToPdf();
            Files.write(PDFS.resolve(type + ".pdf"), pdf);
            String head = new String(pdf, 0, Math.min(pdf.length, 5), StandardCharsets.ISO_8859_1);
            if (!head.equals("%PDF-")) problems.add(page + ": print to PDF did not give a PDF");
            if (pdf.length < 10_000) problems.add(page + ": the PDF is only " + pdf.length + " bytes");
            System.out.printf("[quality gates] printed %s (%s) to PDF: %,d bytes%n", type, page, pdf.length);
        }
        Findings.assertNone("print problems", problems);
    }

    @Test
    void thePrintCheckFailsWithoutPrintStyles(Browser browser, Nginx nginx) {
        // The stylesheet (and its print rules) replaced by one that drops tables from paper.
        String period = SiteUnderTest.get().type("period").representative();
        BrokenCopy broken = BrokenCopy.of("broken-print", period, BrokenCopy.withoutPolicy(s -> s.replaceFirst(
                "<link rel=\"stylesheet\" href=\"[^\"]*\">", "<style>@media print { table { display: none; } }</style>")));
        List<String> problems = printProblems(browser, nginx.url(broken.urlPath()));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("navigation printed")), () -> problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("content lost in print: <table>")), () -> problems.toString());
    }
}
