package vn.dxportal.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A copy of the built sample portal with one page broken on purpose, beside the real one under
 * {@code target/quality/www/<name>/}. Each gate is run on such a copy to prove it fails: since everything else is
 * the real, passing output, the failure can only come from the one defect put in.
 */
final class BrokenCopy {
    final String name;
    final Path root;
    final String page;

    private BrokenCopy(String name, Path root, String page) {
        this.name = name;
        this.root = root;
        this.page = page;
    }

    /** Copies the sample portal to {@code www/<name>/} and rewrites {@code page} with {@code breakIt}. */
    static BrokenCopy of(String name, String page, UnaryOperator<String> breakIt) {
        SiteUnderTest site = SiteUnderTest.get();
        Path root = SiteUnderTest.WWW.resolve(name);
        try {
            SiteUnderTest.deleteTree(root);
            try (Stream<Path> files = Files.walk(site.root)) {
                for (Path from : files.toList()) {
                    Path to = root.resolve(site.root.relativize(from).toString());
                    if (Files.isDirectory(from)) Files.createDirectories(to);
                    else Files.copy(from, to);
                }
            }
            String original = site.read(page);
            String broken = breakIt.apply(original);
            assertNotEquals(original, broken, "the fixture must actually change " + page);
            Files.writeString(root.resolve(page), broken, StandardCharsets.UTF_8);
            return new BrokenCopy(name, root, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file() { return root.resolve(page); }

    /** The broken page's path on the test server, e.g. {@code /broken-alt/index.html}. */
    String urlPath() { return "/" + name + "/" + page; }

    /** Inserts {@code html} just before the end of {@code <main>}: inside the content the gates look at. */
    static UnaryOperator<String> inMain(String html) {
        return s -> s.replace("</main>", html + "\n</main>");
    }

    /**
     * {@code breakIt}, and the page's Content-Security-Policy taken out: for a defect made of inline style or script,
     * which the policy would otherwise block (InjectionTest proves it does). Such a fixture stands for a theme that
     * has both the defect and no policy.
     */
    static UnaryOperator<String> withoutPolicy(UnaryOperator<String> breakIt) {
        return s -> breakIt.apply(s.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n?", ""));
    }

    /** Inserts {@code html} at the end of {@code <head>}. */
    static UnaryOperator<String> inHead(String html) {
        return s -> s.replace("</head>", html + "\n</head>");
    }
}
