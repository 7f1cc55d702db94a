package vn.dxportal.serve;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxportal.TestContent;
import vn.dxportal.build.Pipeline;
import vn.dxportal.generate.Generator;
import vn.dxportal.site.Urls;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The figure-edit path ({@link FigureEdit}) on the generated {@code province} preset: after each edit of a period's
 * figures the output is a cold build's, byte for byte, though the pages of the families it keeps were neither planned
 * nor drawn again; and an edit that is not of figures alone, or a portal whose kept pages may show figures, takes the
 * full path.
 */
class FigureEditTest {
    /** The overdue-procedures ratio of Triệu Lâm's 2023 report: 172 of 11,140, lower is better. */
    private static final Pattern OVERDUE = Pattern.compile("(indicator: tthc-qua-han\\n    numerator: )(\\S+)");

    @TempDir Path dir;
    private Path content;
    private Path period;
    private IncrementalBuild engine;

    @BeforeEach
    void generate() throws Exception {
        content = dir.resolve("content");
        Generator.preset("province", Generator.defaultSeed(), content);
        period = content.resolve("units/trieu-lam/periods/2023.yaml");
    }

    private void start() {
        engine = new IncrementalBuild(options(dir.resolve("live")));
        IncrementalBuild.Outcome first = engine.build();
        assertTrue(first.ok(), () -> first.errors().toString());
    }

    @Test
    void aFigureEditTakesTheFigurePathAndGivesTheColdBuild() throws Exception {
        start();
        IncrementalBuild.Outcome o = rebuildAndCompare("a numerator", setOverdue("173"));
        assertTrue(o.phases().startsWith("figure edit"), () -> "a figure edit takes the figure path, not: " + o.phases());
        assertTrue(o.written().contains(Urls.periodPath("trieu-lam", "2023")), o.written()::toString);
        assertTrue(o.rendered() < o.pages() / 4, () -> "the kept families are not drawn again: drew " + o.rendered() + " of " + o.pages());
        // Edits in a row, each on the figure path, each the cold build.
        for (String n : List.of("174", "0", "172")) {
            IncrementalBuild.Outcome again = rebuildAndCompare("numerator " + n, setOverdue(n));
            assertTrue(again.phases().startsWith("figure edit"), again::phases);
        }
    }

    @Test
    void inATwoLanguagePortalTheKeptPagesKeepTheirTranslations() throws Exception {
        // English pages on: the home page, the unit tree and the indicator pages (replanned) link to their Vietnamese
        // versions among the kept pages, and an English post (kept) to its Vietnamese post.
        Path site = content.resolve("site.yaml");
        Files.writeString(site, Files.readString(site).replaceFirst("languages:\n  - vi\n", "languages:\n  - vi\n  - en\n"));
        Path post;
        try (var posts = Files.list(content.resolve("units/trieu-lam/news"))) {
            post = posts.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(post.resolveSibling(post.getFileName().toString().replace(".md", ".en.md")),
                "---\ntitle: A post in English\n---\nBody in English.\n");
        start();
        assertTrue(Files.exists(engine.out().resolve("en/index.html")), "English pages are planned");
        for (String n : List.of("173", "174")) {
            IncrementalBuild.Outcome o = rebuildAndCompare("numerator " + n, setOverdue(n));
            assertTrue(o.phases().startsWith("figure edit"), o::phases);
        }
    }

    @Test
    void figureAndBodyEditsInTurnKeepBothFastPaths() throws Exception {
        start();
        Path narrative = period.resolveSibling("2023.md");
        for (int i = 0; i < 3; i++) {
            IncrementalBuild.Outcome figure = rebuildAndCompare("figure " + i, setOverdue(String.valueOf(200 + i)));
            assertTrue(figure.phases().startsWith("figure edit"), figure::phases);
            // The figure path keeps the search index it did not plan again: the body-edit path can still splice into it.
            Files.writeString(narrative, Files.readString(narrative) + "\nMột câu nữa, lần " + i + ".\n");
            IncrementalBuild.Outcome body = rebuildAndCompare("narrative " + i, narrative);
            assertTrue(body.phases().startsWith("body edit"), body::phases);
        }
        // A body edit that adds search pieces changes the search family's files: the next figure edit is still the cold build.
        Files.writeString(narrative, Files.readString(narrative) + "\n## Phần mới\n\n" + "Một đoạn dài về chuyển đổi số. ".repeat(80) + "\n");
        rebuildAndCompare("a new section", narrative);
        rebuildAndCompare("figure after a new section", setOverdue("210"));
    }

    @Test
    void theRulesRunAgainOnlyWhenTheLatestPeriodChanged() throws Exception {
        start();
        // The rules read a unit's latest period only ("2023-h1" sorts after "2023"): an edit of 2023 keeps their outcome.
        IncrementalBuild.Outcome earlier = rebuildAndCompare("an earlier period", setOverdue("171"));
        assertTrue(earlier.phases().startsWith("figure edit") && !earlier.phases().contains("rules="), earlier::phases);
        Path latest = period.resolveSibling("2023-h1.yaml");
        IncrementalBuild.Outcome o = rebuildAndCompare("the latest period",
                ProvinceIncrementalBuildTest.replaceFirst(latest, Pattern.compile("(?m)^(    numerator: )(\\d+)"), "    numerator: 1"));
        assertTrue(o.phases().startsWith("figure edit") && o.phases().contains("rules="), () -> "the rules run again: " + o.phases());
    }

    @Test
    void anEditThatMovesTheRankingAndTheProvinceSum() throws Exception {
        start();
        String indicatorPage = Urls.indicatorPath("tthc-qua-han");
        String before = Files.readString(engine.out().resolve(indicatorPage));
        // 9,000 overdue of 11,140: Triệu Lâm falls to the bottom of the ranking, and the province's sum grows.
        IncrementalBuild.Outcome o = rebuildAndCompare("a ranking moved", setOverdue("9000"));
        assertTrue(o.phases().startsWith("figure edit"), o::phases);
        assertTrue(o.written().contains(indicatorPage), o.written()::toString);
        assertNotEquals(before, Files.readString(engine.out().resolve(indicatorPage)));
        assertTrue(o.written().contains(Urls.unitPath("phu-tho")) || o.written().stream().anyMatch(p -> p.startsWith("don-vi/phu-tho/")),
                () -> "the province's sums change: " + o.written());
    }

    @Test
    void aDataQualityFindingComesAndGoes() throws Exception {
        start();
        String quality = Urls.qualityPath();
        String clean = Files.readString(engine.out().resolve(quality));
        // More overdue than received: the numerator exceeds the denominator, a data-quality warning.
        IncrementalBuild.Outcome found = rebuildAndCompare("numerator over denominator", setOverdue("20000"));
        assertTrue(found.phases().startsWith("figure edit"), found::phases);
        assertTrue(found.diagnostics().sorted().stream().anyMatch(d -> d.toText().contains("2023.yaml")), "the finding is reported");
        assertTrue(found.written().contains(quality), found.written()::toString);
        IncrementalBuild.Outcome gone = rebuildAndCompare("numerator back under", setOverdue("172"));
        assertTrue(gone.phases().startsWith("figure edit"), gone::phases);
        assertEquals(clean, Files.readString(engine.out().resolve(quality)), "the finding is gone from the quality page");
    }

    @Test
    void aNonNumericFigureIsAnErrorThenFixed() throws Exception {
        start();
        Path page = engine.out().resolve(Urls.periodPath("trieu-lam", "2023"));
        String shown = Files.readString(page);
        IncrementalBuild.Outcome broken = engine.rebuild(List.of(setOverdue("\"nhiều\"")));
        assertFalse(broken.ok(), "a word where a number belongs is an error");
        assertTrue(broken.errors().stream().anyMatch(d -> d.toText().contains("2023.yaml")), () -> broken.errors().toString());
        assertTrue(broken.written().isEmpty(), "nothing is written");
        assertEquals(shown, Files.readString(page), "the last good page stays");
        rebuildAndCompare("the figure fixed", setOverdue("180"));
    }

    @Test
    void aTitleEditTakesTheFullPath() throws Exception {
        start();
        IncrementalBuild.Outcome o = rebuildAndCompare("a period title", ProvinceIncrementalBuildTest.replaceFirst(period, Pattern.compile("(?m)^title: "), "title: Sửa — "));
        assertFalse(o.phases().startsWith("figure edit"), "a title is shown in lists, search and news: not a figure edit");
        IncrementalBuild.Outcome both = rebuildAndCompare("a figure and a report date",
                ProvinceIncrementalBuildTest.replaceFirst(setOverdue("175"), Pattern.compile("(?m)^  date: 2023-12-20"), "  date: 2023-12-21"));
        assertFalse(both.phases().startsWith("figure edit"), "a report date is not a figure");
    }

    @Test
    void aKeptPageWhoseTemplateShowsFiguresTakesTheFullPath() throws Exception {
        // The portal's own article template shows one figure of its unit's 2023 report: news pages now depend on figures.
        Path override = content.resolve("layouts/templates/article.ftlh");
        Files.createDirectories(override.getParent());
        String theme = Files.readString(TestContent.defaultTheme().resolve("templates/article.ftlh"));
        int at = theme.indexOf("</p>") + "</p>".length();
        Files.writeString(override, theme.substring(0, at) + "\n<p class=\"figure\"><#list unit.periods as p><#if p.id == \"2023\">${p.data.indicators[3].numerator?c}</#if></#list></p>" + theme.substring(at));
        start();
        IncrementalBuild.Outcome o = rebuildAndCompare("a figure a news page shows", setOverdue("190"));
        assertFalse(o.phases().startsWith("figure edit"), "the news pages may show figures: the full path");
        String post = o.written().stream().filter(p -> p.startsWith("tin-tuc/trieu-lam/")).findFirst().orElseThrow(() -> new AssertionError(o.written()));
        assertTrue(Files.readString(engine.out().resolve(post)).contains("<p class=\"figure\">190</p>"), "the news page shows the new figure");
    }

    @Test
    void figuresOnlyIsDecidedOnTheTree() throws Exception {
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        var a = yaml.readTree("title: A\nindicators:\n  - indicator: x\n    value: 1\n    note: n\ntasks:\n  - name: t\n    progress: 10\n");
        assertTrue(FigureEdit.onlyFigures(a, yaml.readTree("title: A\nindicators:\n  - indicator: x\n    value: 2\ntasks:\n  - name: t\n    progress: 20\n")));
        assertFalse(FigureEdit.onlyFigures(a, yaml.readTree("title: B\nindicators:\n  - indicator: x\n    value: 1\n    note: n\ntasks:\n  - name: t\n    progress: 10\n")));
        assertFalse(FigureEdit.onlyFigures(a, yaml.readTree("title: A\nindicators:\n  - indicator: y\n    value: 1\n    note: n\ntasks:\n  - name: t\n    progress: 10\n")));
        assertFalse(FigureEdit.onlyFigures(a, yaml.readTree("title: A\nindicators: []\ntasks:\n  - name: t\n    progress: 10\n")));
        assertTrue(FigureEdit.covers("units/a/periods/2023.yaml"));
        assertFalse(FigureEdit.covers("units/a/unit.yaml"));
        assertFalse(FigureEdit.covers("units/a/periods/2023.md"));
    }

    private Pipeline.Options options(Path out) {
        return new Pipeline.Options(content, TestContent.defaultTheme(), out, null, null);
    }

    private IncrementalBuild.Outcome rebuildAndCompare(String what, Path... changed) throws Exception {
        IncrementalBuild.Outcome o = engine.rebuild(List.of(changed));
        assertTrue(o.ok(), () -> what + ": " + o.errors());
        SampleCopy.assertSameFiles(ColdBuild.hashes(options(null)), SampleCopy.tree(engine.out()), "after " + what);
        return o;
    }

    private Path setOverdue(String numerator) throws Exception {
        String text = Files.readString(period);
        Matcher m = OVERDUE.matcher(text);
        assertTrue(m.find(), () -> period + " has no tthc-qua-han numerator");
        Files.writeString(period, text.substring(0, m.start()) + m.group(1) + numerator + text.substring(m.end()));
        return period;
    }
}
