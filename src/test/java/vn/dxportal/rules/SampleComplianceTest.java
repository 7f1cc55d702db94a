package vn.dxportal.rules;

import org.junit.jupiter.api.Test;
import vn.dxportal.TestContent;
import vn.dxportal.build.Pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The sample portal is transcribed from five real reports and must not gain invented facts, so it has gaps. This
 * pins exactly which: a change to the rules, the theme or the sample content that changes what is reported
 * shows up here, line by line. The list is src/test/resources/sample-compliance-gaps.txt
 * ({@code unit rule field file}, "*" for the portal).
 */
class SampleComplianceTest {

    static List<String> gaps(Compliance c) {
        return c.findings().stream().map(f -> (f.unit() == null ? "*" : f.unit()) + " " + f.rule() + " " + f.field() + " "
                + f.file().replaceFirst("^content/", "")).toList();
    }

    @Test
    void theSampleContentReportsExactlyThePinnedGaps() throws IOException {
        Pipeline.Planned p = Pipeline.plan(new Pipeline.Options(TestContent.sampleContent(), TestContent.defaultTheme(), null, null, null,
                LocalDate.of(2025, 6, 30)));
        assertFalse(p.diagnostics().hasErrors());
        List<String> expected;
        try (InputStream in = getClass().getResourceAsStream("/sample-compliance-gaps.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        List<String> actual = gaps(p.compliance());
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void theSamplesGapsAreAllInTheContentNotTheTheme() {
        Pipeline.Planned p = Pipeline.plan(new Pipeline.Options(TestContent.sampleContent(), TestContent.defaultTheme(), null, null, null,
                LocalDate.of(2025, 6, 30)));
        for (Finding f : p.compliance().findings()) {
            // The default theme provides every function the rules ask of a theme: the gaps are the content's.
            assertFalse(f.file().startsWith("themes/"), f.toText());
        }
        assertEquals(0, p.compliance().count(OutcomeStatus.NOT_EVALUATED), "every sample unit has ended, so freshness does not apply");
    }

    @Test
    void eachUnitsOutcomesGroupedInOnePassAreThoseFilteredOneByOne() {
        Compliance c = Pipeline.plan(new Pipeline.Options(TestContent.sampleContent(), TestContent.defaultTheme(), null, null, null,
                LocalDate.of(2025, 6, 30))).compliance();
        java.util.Map<String, List<Outcome>> byUnit = c.byUnit();
        assertFalse(byUnit.size() < 2, "the sample has several units");
        for (String slug : byUnit.keySet()) {
            assertEquals(c.outcomes().stream().filter(o -> slug.equals(o.unit())).toList(), byUnit.get(slug), slug);
        }
        assertEquals(c.outcomes().size() - c.portal().size(), byUnit.values().stream().mapToInt(List::size).sum(), "every unit outcome, once");
    }
}
