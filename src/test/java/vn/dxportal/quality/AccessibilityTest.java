package vn.dxportal.quality;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gate: WCAG 2.1 AA on one page of each type (the largest of its type), served by nginx and shown in Chromium:
 * zero axe-core violations, sound structure, and everything usable from the keyboard with visible focus.
 */
@ExtendWith(BrowserGates.class)
class AccessibilityTest {

    private static URI url(Nginx nginx, String page) { return nginx.url("/" + SiteUnderTest.SUB_PATH + "/" + page); }

    @TestFactory
    Stream<DynamicTest> everyPageTypeHasNoAxeViolations(Browser browser, Nginx nginx) {
        return SiteUnderTest.get().pageTypes.stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            browser.open(url(nginx, type.representative()));
            Findings.assertNone("axe-core WCAG 2.1 A/AA violations on " + type.representative(), Accessibility.axe(browser));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPageTypeHasNoAxeViolationsOnA320PixelPhone(Browser browser, Nginx nginx) {
        // On a phone, wide tables become scrolling boxes: axe must see those too (keyboard access to scrollers).
        return SiteUnderTest.get().pageTypes.stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            browser.viewport(MobileAndPrintTest.PHONE_WIDTH, 640);
            try {
                browser.open(url(nginx, type.representative()));
                Findings.assertNone("axe-core WCAG 2.1 A/AA violations at 320 px on " + type.representative(), Accessibility.axe(browser));
            } finally {
                browser.resetViewport();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPageTypeHasASkipLinkOneH1OrderedHeadingsCaptionedTablesAndDescribedCharts(Browser browser, Nginx nginx) {
        return SiteUnderTest.get().pageTypes.stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            browser.open(url(nginx, type.representative()));
            Findings.assertNone("structure problems on " + type.representative(), Accessibility.structure(browser));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPageTypeIsUsableByKeyboardWithVisibleFocus(Browser browser, Nginx nginx) {
        return SiteUnderTest.get().pageTypes.stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            browser.open(url(nginx, type.representative()));
            Findings.assertNone("keyboard problems on " + type.representative(), Accessibility.keyboard(browser));
        }));
    }

    @Test
    void theChartsThatArePresentAreChecked(Browser browser, Nginx nginx) {
        // The structure check passes trivially on a page without charts; make sure a page with charts is among those checked.
        String period = SiteUnderTest.get().type("period").representative();
        browser.open(url(nginx, period));
        long charts = (Long) browser.js("return document.querySelectorAll('svg[role=img]').length;");
        assertTrue(charts > 0, period + " has charts");
    }

    @Test
    void axeFailsOnAnImageWithoutAltText(Browser browser, Nginx nginx) {
        BrokenCopy broken = BrokenCopy.of("broken-alt", "index.html", BrokenCopy.inMain(
                "<img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\" width=\"40\" height=\"40\">"));
        browser.open(nginx.url(broken.urlPath()));
        List<String> violations = Accessibility.axe(browser);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("image-alt")), () -> "reported: " + violations);
    }

    @Test
    void theStructureCheckFailsOnASecondH1ASkippedLevelABareTableAndAnUnlabelledChart(Browser browser, Nginx nginx) {
        BrokenCopy broken = BrokenCopy.of("broken-structure", "index.html", BrokenCopy.inMain("""
                <h1>Tiêu đề thứ hai</h1>
                <h4>Nhảy cấp tiêu đề</h4>
                <table><tr><td>1</td><td>2</td></tr></table>
                <svg viewBox="0 0 10 10" width="10" height="10"><rect width="10" height="10"/></svg>"""));
        browser.open(nginx.url(broken.urlPath()));
        List<String> problems = Accessibility.structure(browser);
        for (String expected : List.of("2 h1 elements", "heading level skipped: h4", "has no header cells", "has no caption",
                "lacks role=\"img\"", "has no <title>", "has no <desc>")) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), () -> "expected «" + expected + "» in " + problems);
        }
    }

    @Test
    void theKeyboardCheckFailsOnInvisibleFocusAndAKeyboardTrap(Browser browser, Nginx nginx) {
        // Focus outlines removed, and a script that swallows Tab on the "Tin tức" link: what follows it is unreachable.
        BrokenCopy broken = BrokenCopy.of("broken-focus", "index.html", BrokenCopy.withoutPolicy(BrokenCopy.inHead("""
                <style>:focus-visible, .site-header :focus-visible { outline: none !important; }</style>
                <script>document.addEventListener('keydown', e => {
                  if (e.key === 'Tab' && document.activeElement.matches('.nav a[href="tin-tuc/index.html"]')) e.preventDefault();
                });</script>""")));
        browser.open(nginx.url(broken.urlPath()));
        List<String> problems = Accessibility.keyboard(browser);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("no visible focus indicator")), () -> problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("not reachable with Tab") && p.contains("van-ban/index.html")), () -> problems.toString());
    }
}
