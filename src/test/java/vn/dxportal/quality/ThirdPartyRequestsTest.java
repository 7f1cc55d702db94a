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
    /** Schemes that name no host: the page's own inline data, never a request to anyone. */
    private static final Set<String> HOSTLESS = Set.of("data", "blob", "about");

    static List<String> foreignRequests(Browser.Visit visit, String siteHost) {
        List<String> foreign = new ArrayList<>();
        for (URI request : visit.requests()) {
            if (HOSTLESS.contains(request.getScheme())) continue;
            if (!siteHost.equals(request.getRawAuthority())) foreign.add(visit.url().getPath() + " requested " + request);
        }
        return foreign;
    }

    @Test
    void everyPageTypeLoadsOnlyFromTheSiteHost(Browser browser, Nginx nginx) {
        SiteUnderTest site = SiteUnderTest.get();
        List<String> foreign = new ArrayList<>();
        for (SiteUnderTest.PageType type : site.pageTypes) {
            Browser.Visit visit = browser.open(nginx.url("/" + SiteUnderTest.SUB_PATH + "/" + type.representative()));
            assertTrue(visit.requests().stream().anyMatch(r -> r.getPath() != null && r.getPath().endsWith("/assets/style.css")),
                    () -> type.name() + ": the recorder saw the stylesheet request " + visit.requests());
            foreign.addAll(foreignRequests(visit, nginx.host()));
        }
        Findings.assertNone("requests to hosts other than the site's", foreign);
    }

    @Test
    void theGateFailsOnAScriptFromAnotherHost(Browser browser, Nginx nginx) {
        BrokenCopy broken = BrokenCopy.of("broken-third-party", "index.html",
                BrokenCopy.inHead("<script src=\"https://cdn.example.net/jquery.min.js\"></script>"));
        List<String> foreign = foreignRequests(browser.open(nginx.url(broken.urlPath())), nginx.host());
        assertTrue(foreign.stream().anyMatch(f -> f.contains("https://cdn.example.net/jquery.min.js")), () -> "reported: " + foreign);
    }
}
