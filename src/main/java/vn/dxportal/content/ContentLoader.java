package vn.dxportal.content;

import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Diagnostics;
import vn.dxportal.diag.Msg;
import vn.dxportal.diag.Text;
import vn.dxportal.diag.SourcePosition;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The load stage: reads a content folder into {@link RawContent}. Units are read in parallel; each file's
 * problems become diagnostics naming the file as the user typed it ({@code content/units/...}).
 */
public final class ContentLoader {
    public static final Pattern PERIOD_ID = Pattern.compile("[0-9]{4}(-(h1|h2|q1|q2|q3|q4|9m))?");
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** {@code <slug>.en.md}: the English version of the post {@code <slug>.md}. */
    static final Pattern TRANSLATION = Pattern.compile(".+\\.en\\.md");

    private final Path root;
    private final String shownRoot;
    private final Diagnostics diagnostics;

    public ContentLoader(Path root, Diagnostics diagnostics) {
        this.root = root;
        this.shownRoot = root.toString().replace('\\', '/');
        this.diagnostics = diagnostics;
    }

    /** @return the content, or null when the folder itself is missing (reported as a diagnostic) */
    public RawContent load() {
        if (!Files.isDirectory(root)) {
            diagnostics.add(Diagnostic.error(Msg.CONTENT_MISSING, SourcePosition.wholeFile(shownRoot)));
            return null;
        }
        YamlDocument site = required(root.resolve("site.yaml"));
        YamlDocument indicators = required(root.resolve("indicators.yaml"));
        List<Path> unitDirs = list(root.resolve("units")).stream().filter(Files::isDirectory).toList();
        List<RawContent.RawUnit> units = unitDirs.parallelStream().map(this::loadUnit).filter(Objects::nonNull).toList();
        return new RawContent(root, site, indicators, units);
    }

    private RawContent.RawUnit loadUnit(Path dir) {
        String slug = dir.getFileName().toString();
        if (!SLUG.matcher(slug).matches()) {
            diagnostics.add(Diagnostic.error(Msg.UNIT_SLUG, SourcePosition.wholeFile(shown(dir)), slug, Slugs.slugify(slug)));
            return null;
        }
        YamlDocument unit = required(dir.resolve("unit.yaml"));
        Path docs = dir.resolve("documents.yaml");
        YamlDocument documents = Files.exists(docs) ? yaml(docs) : null;
        Path qaFile = dir.resolve("qa.yaml");
        YamlDocument qa = Files.exists(qaFile) ? yaml(qaFile) : null;
        List<RawContent.RawPeriod> periods = new ArrayList<>();
        for (Path file : list(dir.resolve("periods"))) {
            String name = file.getFileName().toString();
            if (name.endsWith(".md")) {
                if (!Files.exists(file.resolveSibling(name.substring(0, name.length() - 3) + ".yaml"))) {
                    diagnostics.add(Diagnostic.error(Msg.NARRATIVE_ORPHAN, SourcePosition.wholeFile(shown(file)), name.replace(".md", ".yaml")));
                }
                continue;
            }
            if (!name.endsWith(".yaml")) { unexpected(file, Text.of("periods/ chỉ chứa <kỳ>.yaml và <kỳ>.md", "periods/ holds only <period>.yaml and <period>.md")); continue; }
            String id = name.substring(0, name.length() - 5);
            if (!PERIOD_ID.matcher(id).matches()) {
                diagnostics.add(Diagnostic.error(Msg.PERIOD_ID, SourcePosition.wholeFile(shown(file)), name));
                continue;
            }
            Path md = file.resolveSibling(id + ".md");
            periods.add(new RawContent.RawPeriod(id, yaml(file), Files.exists(md) ? markdown(md) : null));
        }
        List<MarkdownFile> news = new ArrayList<>();
        List<MarkdownFile> translations = new ArrayList<>();
        for (Path file : list(dir.resolve("news"))) {
            String name = file.getFileName().toString();
            if (TRANSLATION.matcher(name).matches()) {
                String original = name.substring(0, name.length() - ".en.md".length()) + ".md";
                if (!Files.exists(file.resolveSibling(original))) {
                    diagnostics.add(Diagnostic.error(Msg.TRANSLATION_ORPHAN, SourcePosition.wholeFile(shown(file)), original, name));
                    continue;
                }
                translations.add(markdown(file));
            } else if (name.endsWith(".md")) news.add(markdown(file));
            else if (!Files.isDirectory(file)) unexpected(file, Text.of("news/ chỉ chứa bài viết .md và bản dịch .en.md", "news/ holds only .md posts and .en.md translations"));
        }
        return new RawContent.RawUnit(slug, dir, unit, periods, documents, news.stream().filter(Objects::nonNull).toList(),
                translations.stream().filter(Objects::nonNull).toList(), qa);
    }

    private void unexpected(Path file, Text rule) {
        diagnostics.add(Diagnostic.warning(Msg.FILE_IGNORED, SourcePosition.wholeFile(shown(file)), rule));
    }

    private YamlDocument required(Path file) {
        if (!Files.exists(file)) {
            diagnostics.add(Diagnostic.error(Msg.FILE_MISSING, SourcePosition.wholeFile(shown(file))));
            return null;
        }
        return yaml(file);
    }

    private YamlDocument yaml(Path file) {
        String text = text(file);
        if (text == null) return null;
        YamlReader.Result r = YamlReader.read(shown(file), text, 0);
        diagnostics.addAll(r.problems());
        return r.document();
    }

    private MarkdownFile markdown(Path file) {
        String text = text(file);
        if (text == null) return null;
        StringBuilder body = new StringBuilder();
        YamlReader.Result r = MarkdownFile.parseFrontMatter(shown(file), text, body);
        diagnostics.addAll(r.problems());
        return r.document() == null ? null : new MarkdownFile(shown(file), r.document(), body.toString());
    }

    private String text(Path file) {
        try {
            return TextFiles.read(file);
        } catch (CharacterCodingException e) {
            diagnostics.add(Diagnostic.error(Msg.ENCODING, SourcePosition.wholeFile(shown(file))));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(Msg.READ, SourcePosition.wholeFile(shown(file)), e.getMessage()));
        }
        return null;
    }

    /** Sorted children of a folder (empty when it does not exist), so every run sees the same order. */
    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The path as the user sees it: the --content folder they gave, then the path inside it. */
    public String shown(Path file) {
        return shownRoot + "/" + root.relativize(file).toString().replace('\\', '/');
    }
}
