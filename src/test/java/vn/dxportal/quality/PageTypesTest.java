package vn.dxportal.quality;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-type gates run one test per page type found in the build; this pins that the types they iterate over
 * are really there, so a broken plan cannot make those gates pass by checking nothing.
 */
class PageTypesTest {

    @Test
    void everyPageTypeOfThePortalIsFoundAndEveryPageHasAType() {
        SiteUnderTest site = SiteUnderTest.get();
        Set<String> names = site.pageTypes.stream().map(SiteUnderTest.PageType::name).collect(Collectors.toSet());
        for (String expected : List.of("home", "units", "unit", "period", "periods", "indicators", "indicator", "news",
                "article", "documents", "quality", "404")) {
            assertTrue(names.contains(expected), () -> "page type " + expected + " in " + names);
        }
        long typed = site.pageTypes.stream().mapToLong(t -> t.paths().size()).sum();
        assertEquals(site.htmlPages.size(), typed, "every HTML page belongs to exactly one type");
        for (SiteUnderTest.PageType type : site.pageTypes) assertTrue(type.paths().contains(type.representative()), type::toString);
    }
}
