package vn.dxportal.quality;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gate: no request leaves the site (no CDN, no web fonts, no trackers). The browser records every request a page
 * makes while it loads; any host other than the one serving the portal fails the gate.
 */
@ExtendWith(BrowserGates.class)
class ThirdPartyRequestsTest {
    /**
     * Schemes that reach no host. chrome: and chrome-untrusted: are the browser's own UI (its new-tab page asks for
     * chrome-untrusted://new-tab-page/one-google-bar now and then, even between two pages of the site); a web page
     * cannot load either.
     */
    private static final Set<String> HOSTLESS = Set.of("data", "blob", "about", "chrome", "chrome-untrusted");

    static List<String> foreignRequests(Browser.Visit visit, String siteHost) {
        List<String> foreign = new ArrayList<>();
        for (URI request : visit.requests()) {
            if (HOSTLESS.contains(request.getScheme())) continue;
            if (!siteHost.equals(request.getRawAuthority())) foreign.add(visit.url().getPath() + " requested " + request);
        }
        return foreign;
    }

    /**
     * Opens a page and keeps reading the browser's request log, for up to five seconds, until a request that
     * {@code awaited} accepts has been seen: the driver delivers the log on its own schedule, and on a busy machine a
     * request made before the load event may only arrive in a later read (CI once saw none at all in the first).
     */
    private static Browser.Visit openUntilSeen(Browser browser, URI url, java.util.function.Predicate<URI> awaited) throws InterruptedException {
        Browser.Visit first = browser.open(url);
        List<URI> requests = new ArrayList<>(first.requests());
        for (int wait = 0; wait < 50 && requests.stream().noneMatch(awaited); wait++) {
            Thread.sleep(100);
            requests.addAll(browser.recordedRequests());
        }
        return new Browser.Visit(first.url(), requests);
    }

    private static boolean isStylesheet(java.net.URI request) {
        return request.getPath() != null && request.getPath().endsWith("/assets/style.css");
    }

    @Test
    void everyPageTypeLoadsOnlyFromTheSiteHost(Browser browser, Nginx nginx) throws InterruptedException {
        SiteUnderTest site = SiteUnderTest.get();
        List<String> foreign = new ArrayList<>();
        // A resource Chromium takes from its memory cache may never reach the network log, so the stylesheet (and any
        // foreign script) loaded by an earlier page could go unrecorded: every page loads afresh while recording.
        browser.cdp("Network.enable", java.util.Map.of());
        browser.cdp("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", true));
        try {
            for (SiteUnderTest.PageType type : site.pageTypes) {
                Browser.Visit visit = openUntilSeen(browser, nginx.url("/" + SiteUnderTest.SUB_PATH + "/" + type.representative()),
                        ThirdPartyRequestsTest::isStylesheet);
                assertTrue(visit.requests().stream().anyMatch(ThirdPartyRequestsTest::isStylesheet),
                        () -> type.name() + ": the recorder saw the stylesheet request " + visit.requests());
                foreign.addAll(foreignRequests(visit, nginx.host()));
            }
        } finally {
            browser.cdp("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", false));
        }
        Findings.assertNone("requests to hosts other than the site's", foreign);
    }

    @Test
    void theGateFailsOnAScriptFromAnotherHost(Browser browser, Nginx nginx) throws InterruptedException {
        BrokenCopy broken = BrokenCopy.of("broken-third-party", "index.html",
                BrokenCopy.inHead("<script src=\"https://cdn.example.net/jquery.min.js\"></script>"));
        Browser.Visit visit = openUntilSeen(browser, nginx.url(broken.urlPath()), r -> "cdn.example.net".equals(r.getHost()));
        List<String> foreign = foreignRequests(visit, nginx.host());
        assertTrue(foreign.stream().anyMatch(f -> f.contains("https://cdn.example.net/jquery.min.js")), () -> "reported: " + foreign);
    }
}
