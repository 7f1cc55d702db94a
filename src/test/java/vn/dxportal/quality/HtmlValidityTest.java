package vn.dxportal.quality;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gate: every generated page is valid HTML by the Nu HTML Checker. Needs no browser. */
class HtmlValidityTest {

    @Test
    void everyPageOfTheSamplePortalIsValidHtml() {
        SiteUnderTest site = SiteUnderTest.get();
        List<HtmlChecker.Error> errors = new ArrayList<>();
        for (String page : site.htmlPages) errors.addAll(HtmlChecker.get().check(site.file(page)));
        assertTrue(site.htmlPages.size() > 50, "the whole sample portal is checked, not a handful of pages");
        Findings.assertNone("Nu HTML Checker errors", errors);
    }

    @Test
    void theGateFailsOnInvalidHtml() {
        // A block inside a paragraph and a second element with an id already used: both are errors in HTML.
        BrokenCopy broken = BrokenCopy.of("broken-html", "index.html",
                BrokenCopy.inMain("<p>Đoạn văn <div id=\"main\">khối</div></p>"));
        List<HtmlChecker.Error> errors = HtmlChecker.get().check(broken.file());
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("p")), () -> "stray </p> reported: " + errors);
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("Duplicate ID")), () -> "duplicate id reported: " + errors);
        assertTrue(errors.stream().allMatch(e -> e.line() > 0), () -> "errors carry their line: " + errors);
    }
}
