package vn.dxportal.site;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class UrlsTest {
    @Test
    void linksAreRelativeAndNameIndexHtmlSoFileUrlsWork() {
        Urls fromHome = new Urls("index.html");
        assertEquals("don-vi/lam-thao/index.html", fromHome.unit("lam-thao"));
        Urls fromPeriod = new Urls("don-vi/lam-thao/2022/index.html");
        assertEquals("../../../chi-tieu/x/index.html", fromPeriod.indicator("x"));
        assertEquals("../../../assets/style.css", fromPeriod.asset("style.css"));
        assertEquals("../../../index.html", fromPeriod.home());
    }
}
