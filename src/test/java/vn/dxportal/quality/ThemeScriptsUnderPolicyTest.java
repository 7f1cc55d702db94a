package vn.dxportal.quality;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The theme's own scripts still work under the pages' Content-Security-Policy, with no violation reported: the
 * document list's quick filter narrows rows as one types, and an article's print button appears. (Search is
 * exercised by SearchBrowserTest.)
 */
@ExtendWith(BrowserGates.class)
class ThemeScriptsUnderPolicyTest {

    @Test
    void theDocumentFilterAndThePrintButtonWorkWithoutAnyViolation(Nginx nginx) throws Exception {
        SiteUnderTest site = SiteUnderTest.get();
        try (Browser browser = InjectionTest.ownBrowser()) {
            browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", InjectionTest.WATCH));
            browser.open(nginx.url("/" + SiteUnderTest.SUB_PATH + "/van-ban/index.html"));
            WebElement form = browser.driver.findElement(By.cssSelector("form.doc-filter"));
            assertTrue(form.isDisplayed(), "documents.js ran and showed the quick filter");
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.documents tbody tr"));
            assertTrue(rows.size() > 3, "the sample has documents: " + rows.size());
            browser.driver.findElement(By.id("loc-van-ban")).sendKeys("ke hoach");
            long shown = rows.stream().filter(WebElement::isDisplayed).count();
            assertTrue(shown > 0 && shown < rows.size(), "the filter narrowed the rows: " + shown + " of " + rows.size());
            assertEquals(List.of(), browser.js("return window.__csp"), "no violation on the document list");

            browser.open(nginx.url("/" + SiteUnderTest.SUB_PATH + "/" + site.type("article").representative()));
            assertTrue(browser.driver.findElement(By.cssSelector("button[data-print]")).isDisplayed(), "print.js showed the print button");
            assertEquals(List.of(), browser.js("return window.__csp"), "no violation on an article");
        }
    }
}
