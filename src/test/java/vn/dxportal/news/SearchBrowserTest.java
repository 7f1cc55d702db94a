package vn.dxportal.news;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dxportal.TestContent;
import vn.dxportal.build.Pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The search page in a real browser, on the sample portal: typing a query without diacritics shows the right page first. */
class SearchBrowserTest {
    @TempDir Path dir;

    @Test
    void typingAQueryShowsTheRightResultFirst() throws Exception {
        Path out = dir.resolve("site");
        Pipeline.Built built = Pipeline.build(new Pipeline.Options(TestContent.sampleContent(), TestContent.defaultTheme(), out, null, 1767225600L)); // 2026-01-01: every sample post is published
        assertTrue(built.written());
        HttpServer server = Browser.serve(out.toAbsolutePath());
        try (Browser b = Browser.open()) {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            b.driver.get(base + "tim-kiem/index.html");
            // Results are drawn again as each typed letter's search answers: an element read just then is stale, read again.
            WebDriverWait wait = (WebDriverWait) new WebDriverWait(b.driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            // With JavaScript the explanation for readers without it goes away once the index answers.
            wait.until(d -> !d.findElement(By.id("khong-js")).isDisplayed());

            WebElement box = b.driver.findElement(By.id("q"));
            box.sendKeys("lam thao");
            assertEquals("Huyện Lâm Thao", firstResultAfter(wait, b, "lam thao"));
            assertTrue(b.driver.findElement(By.cssSelector("#ket-qua li h2 a")).getAttribute("href").endsWith("/don-vi/lam-thao/index.html"));
            String snippet = b.driver.findElement(By.cssSelector("#ket-qua li mark")).getText();
            assertEquals("lam thao", vn.dxportal.content.Slugs.fold(snippet).toLowerCase(), "the match is marked in the snippet");

            box.clear();
            box.sendKeys("dai truyen thanh thong minh" + Keys.ENTER);
            wait.until(d -> d.getCurrentUrl().contains("?q=dai%20truyen"));
            String first = firstResultAfter(wait, b, "dai truyen thanh thong minh");
            assertTrue(vn.dxportal.content.Slugs.fold(first).contains("dai truyen thanh thong minh"), first);

            // A link from any page's header box lands on the search page with the query already answered.
            b.driver.get(base + "tin-tuc/index.html");
            WebElement header = b.driver.findElement(By.id("q-header"));
            header.sendKeys("chuyen doi so" + Keys.ENTER);
            String top = firstResultAfter(wait, b, "chuyen doi so");
            assertTrue(vn.dxportal.content.Slugs.fold(top).contains("chuyen doi so"), top);
        } finally {
            server.stop(0);
        }
    }

    /** The first result's link text once the status line reports results for {@code query}. */
    private static String firstResultAfter(WebDriverWait wait, Browser b, String query) {
        return wait.until(d -> d.findElement(By.id("trang-thai")).getText().contains("“" + query + "”")
                ? d.findElement(By.cssSelector("#ket-qua li h2 a")).getText() : null);
    }
}
