package vn.dxportal.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Which names a template may read, and how a page's comparison leaves out only what its template cannot reach. */
class TemplateReadsTest {
    @TempDir Path dir;

    private Map<String, Set<String>> reads(String... nameAndText) throws Exception {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        for (int i = 0; i < nameAndText.length; i += 2) Files.writeString(templates.resolve(nameAndText[i]), nameAndText[i + 1]);
        return TemplateReads.of(List.of(templates));
    }

    @Test
    void namesComeFromTheTemplateAndWhatItImportsNotFromTextOrHelperCalls() throws Exception {
        Map<String, Set<String>> reads = reads(
                "layout.ftlh", "<#macro page>${site.title} <a href=\"${urls.periods()}\">${t(\"nav.news\")}</a><#nested></#macro>",
                "post.ftlh", "<#import \"layout.ftlh\" as l><@l.page>${post.title} ${unit.info.name} ${list?sort_by(\"date\")}</@l.page>",
                "broken.ftlh", "<#import \"missing.ftlh\" as m>${x.y}",
                "dump.ftlh", "<#list unit?keys as k>${k}</#list>",
                "uses-dump.ftlh", "<#include \"dump.ftlh\">");
        Set<String> post = reads.get("post.ftlh");
        assertTrue(post.containsAll(Set.of("title", "info", "name", "date")), post::toString);
        assertFalse(post.contains("periods"), "urls.periods() reads no content");
        assertFalse(post.contains("news"), "a dotted word in a plain string is text");
        assertNull(reads.get("broken.ftlh"), "an import that cannot be found: reads anything");
        assertNull(reads.get("dump.ftlh"), "?keys reads properties without naming them");
        assertNull(reads.get("uses-dump.ftlh"), "and so does whatever includes it");
    }

    @Test
    void aPortalsOverrideAddsWhatItReads() throws Exception {
        Path theme = dir.resolve("theme"), layouts = dir.resolve("layouts");
        Files.createDirectories(theme);
        Files.createDirectories(layouts);
        Files.writeString(theme.resolve("unit.ftlh"), "${unit.info.name}");
        Files.writeString(layouts.resolve("unit.ftlh"), "${unit.latestPeriod().data.title}");
        Set<String> unit = TemplateReads.of(List.of(theme, layouts)).get("unit.ftlh");
        assertTrue(unit.containsAll(Set.of("info", "latestPeriod", "data", "title")), unit::toString);
    }

    record Inner(String shown, String hidden) {}

    record Outer(String title, Inner inner, List<Inner> more) {
        public String headline() { return inner.hidden(); }

        public String shout(String suffix) { return title + suffix; }
    }

    @Test
    void aPageIsComparedOnlyInWhatItsTemplateCanReach() {
        Outer a = new Outer("t", new Inner("s", "h1"), List.of(new Inner("s", "x1")));
        Outer b = new Outer("t", new Inner("s", "h2"), List.of(new Inner("s", "x2")));
        ModelDiff diff = new ModelDiff(true, Map.of(
                "names.ftlh", Set.of("title", "inner", "more", "shown"),
                "hidden.ftlh", Set.of("inner", "hidden"),
                "method.ftlh", Set.of("headline"),
                "call.ftlh", Set.of("shout")));
        assertTrue(diff.samePage("names.ftlh", Map.of("o", a), Map.of("o", b)), "what differs is never named");
        assertFalse(diff.samePage("hidden.ftlh", Map.of("o", a), Map.of("o", b)), "a named component is compared");
        assertFalse(diff.samePage("method.ftlh", Map.of("o", a), Map.of("o", b)), "a named method's result is compared");
        assertFalse(diff.samePage("call.ftlh", Map.of("o", a), Map.of("o", b)), "a method with parameters: compared in full");
        assertFalse(diff.samePage("unknown.ftlh", Map.of("o", a), Map.of("o", b)), "a template not analysed: compared in full");
    }
}
