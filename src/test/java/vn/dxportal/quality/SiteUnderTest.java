package vn.dxportal.quality;

import vn.dxportal.build.Pipeline;
import vn.dxportal.site.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample portal, built once per test run by the real pipeline, and its page types. Every gate reads this one
 * build, so a slow gate never pays for a second build and all gates judge the same bytes.
 *
 * <p>The site is written to {@code target/quality/www/cong-thong-tin/}: nginx serves {@code target/quality/www}
 * so the portal sits under a sub-path, and broken copies made by {@link BrokenCopy} sit beside it.
 */
final class SiteUnderTest {
    static final String SUB_PATH = "cong-thong-tin";
    static final Path WWW = Path.of("target", "quality", "www").toAbsolutePath();

    /** A kind of page: all pages drawn by one template in one language, e.g. {@code period} or {@code home-en}. */
    record PageType(String name, List<String> paths, String representative) {}

    private static SiteUnderTest instance;

    final Path root;
    final List<String> htmlPages;
    final List<PageType> pageTypes;

    private SiteUnderTest(Path root, List<String> htmlPages, List<PageType> pageTypes) {
        this.root = root;
        this.htmlPages = htmlPages;
        this.pageTypes = pageTypes;
    }

    static synchronized SiteUnderTest get() {
        if (instance == null) instance = build();
        return instance;
    }

    private static SiteUnderTest build() {
        try {
            deleteTree(WWW); // only ever our own output from an earlier run
            Path root = WWW.resolve(SUB_PATH);
            Pipeline.Options options = new Pipeline.Options(Path.of("content"), Path.of("themes/default"), root, null, null);
            Pipeline.Built built = Pipeline.build(options);
            assertTrue(built.written(), () -> "the sample portal must build: " + built.diagnostics().sorted());
            List<Page> planned = Pipeline.plan(options).pages();
            List<String> html = planned.stream().map(Page::path).filter(p -> p.endsWith(".html")).sorted().toList();
            return new SiteUnderTest(root, html, pageTypes(root, planned));
        } catch (Exception e) {
            throw new IllegalStateException("could not build the sample portal", e);
        }
    }

    /**
     * Groups pages by template and language. New templates and languages added by later work become new page
     * types here by themselves, so every gate covers them without a list to keep up to date. The representative
     * of a type is its largest page: the most content, so the most chances to overflow or break.
     */
    private static List<PageType> pageTypes(Path root, List<Page> planned) throws IOException {
        Map<String, List<String>> byType = new TreeMap<>();
        for (Page page : planned) {
            if (!page.isTemplated() || !page.path().endsWith(".html")) continue;
            String lang = htmlLang(Files.readString(root.resolve(page.path()), StandardCharsets.UTF_8));
            String type = page.template().replaceFirst("\\.ftlh$", "") + (lang.equals("vi") ? "" : "-" + lang);
            byType.computeIfAbsent(type, k -> new ArrayList<>()).add(page.path());
        }
        List<PageType> types = new ArrayList<>();
        byType.forEach((name, paths) -> {
            List<String> sorted = paths.stream().sorted().toList();
            String largest = sorted.stream().max(Comparator.comparingLong(p -> size(root.resolve(p)))).orElseThrow();
            types.add(new PageType(name, sorted, largest));
        });
        return List.copyOf(types);
    }

    private static final Pattern LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]+)\"");

    private static String htmlLang(String html) {
        Matcher m = LANG.matcher(html);
        return m.find() ? m.group(1) : "?";
    }

    Path file(String path) { return root.resolve(path); }

    String read(String path) {
        try {
            return Files.readString(file(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PageType type(String name) {
        return pageTypes.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no page type " + name + " in " + pageTypes));
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
