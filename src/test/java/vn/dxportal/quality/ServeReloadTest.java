package vn.dxportal.quality;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.serve.LiveSite;
import vn.dxportal.serve.PreviewServer;
import vn.dxportal.serve.SampleCopy;

import java.net.URI;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Gate: a tab open on {@code serve} reloads by itself after a file is saved, with no extension. */
@ExtendWith(BrowserGates.class)
class ServeReloadTest {
    @TempDir Path dir;

    @Test
    void anOpenTabReloadsByItselfAfterAnEdit(Browser browser) throws Exception {
        SampleCopy sample = new SampleCopy(dir);
        try (LiveSite site = new LiveSite(sample.options(dir.resolve("preview"))); PreviewServer server = new PreviewServer(site, 0)) {
            browser.open(URI.create(server.url() + "don-vi/lam-thao/2022/"));
            // A mark that only this load of the page carries: a reload clears it.
            browser.js("window.dxportalMark = 'before';");
            assertEquals("before", browser.js("return window.dxportalMark;"));
            awaitTrue(browser, "return typeof EventSource !== 'undefined' && document.readyState === 'complete';");
            Thread.sleep(300); // let the event stream connect before saving
            sample.append(sample.content.resolve("units/lam-thao/periods/2022.md"), "\n\nTrang tự tải lại sau khi lưu.\n");
            awaitTrue(browser, "return document.body.innerText.indexOf('Trang tự tải lại sau khi lưu.') >= 0;");
            assertNull(browser.js("return window.dxportalMark || null;"), "the page was reloaded, not patched");
        } finally {
            browser.driver.get("about:blank"); // close the event stream before the server goes
        }
    }

    private static void awaitTrue(Browser browser, String script) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(browser.js(script))) return;
            Thread.sleep(100);
        }
        fail("not true within 30 s: " + script);
    }
}
