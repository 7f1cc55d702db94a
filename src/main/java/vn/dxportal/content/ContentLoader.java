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
import java.util.function.Consumer;
import java.util.function.Function;
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

    /** What reading and parsing one file gave: the value (null when unreadable or broken) and its problems. */
    public record Parsed(Object value, List<Diagnostic> problems) {}

    /**
     * Keeps parsed files between loads (the live preview's incremental build): {@code parse} reads and parses the
     * file; a cache may return an earlier result for a file that has not changed since.
     */
    public interface FileCache {
        Parsed get(Path file, Function<Path, Parsed> parse);
    }

    private final Path root;
    private final String shownRoot;
    private final Diagnostics diagnostics;
    private final FileCache cache;
    /** The content folder with links resolved: every file read must really be inside it. */
    private Path realRoot;
    /** Folders whose real path was worked out, and whether it is inside the content folder (see {@link #inside}). */
    private final java.util.Map<Path, Boolean> foldersInside = new java.util.concurrent.ConcurrentHashMap<>();

    public ContentLoader(Path root, Diagnostics diagnostics) {
        this(root, diagnostics, null);
    }

    /** @param cache parsed files kept from an earlier load, or null to read every file */
    public ContentLoader(Path root, Diagnostics diagnostics, FileCache cache) {
        this.root = root;
        this.shownRoot = root.toString().replace('\\', '/');
        this.diagnostics = diagnostics;
        this.cache = cache;
    }

    /** @return the content, or null when the folder itself is missing (reported as a diagnostic) */
    public RawContent load() {
        if (!Files.isDirectory(root)) {
            diagnostics.add(Diagnostic.error(Msg.CONTENT_MISSING, SourcePosition.wholeFile(shownRoot)));
            return null;
        }
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            realRoot = root.toAbsolutePath().normalize();
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
        if (outside(dir, diagnostics::add)) return null;
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
            if (name.endsWith(".md") && !SLUG.matcher(name.replaceFirst("(\\.en)?\\.md$", "")).matches()) {
                // The file name is the post's address (tin-tuc/<unit>/<name>/): only a slug is safe in a path and a URL.
                diagnostics.add(Diagnostic.error(Msg.POST_SLUG, SourcePosition.wholeFile(shown(file)), name,
                        Slugs.slugify(name.replaceFirst("(\\.en)?\\.md$", "")) + (name.endsWith(".en.md") ? ".en.md" : ".md")));
                continue;
            }
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
        return (YamlDocument) cached(file, this::parseYaml);
    }

    private MarkdownFile markdown(Path file) {
        return (MarkdownFile) cached(file, this::parseMarkdown);
    }

    private Object cached(Path file, Function<Path, Parsed> parse) {
        Parsed parsed = cache == null ? parse.apply(file) : cache.get(file, parse);
        diagnostics.addAll(parsed.problems());
        return parsed.value();
    }

    private Parsed parseYaml(Path file) {
        List<Diagnostic> problems = new ArrayList<>();
        String text = text(file, problems);
        if (text == null) return new Parsed(null, problems);
        YamlReader.Result r = YamlReader.read(shown(file), text, 0);
        problems.addAll(r.problems());
        return new Parsed(r.document(), problems);
    }

    private Parsed parseMarkdown(Path file) {
        List<Diagnostic> problems = new ArrayList<>();
        String text = text(file, problems);
        if (text == null) return new Parsed(null, problems);
        StringBuilder body = new StringBuilder();
        YamlReader.Result r = MarkdownFile.parseFrontMatter(shown(file), text, body);
        problems.addAll(r.problems());
        return new Parsed(r.document() == null ? null : new MarkdownFile(shown(file), r.document(), body.toString()), problems);
    }

    private String text(Path file, List<Diagnostic> problems) {
        if (outside(file, problems::add)) return null;
        try {
            return TextFiles.read(file);
        } catch (CharacterCodingException e) {
            problems.add(Diagnostic.error(Msg.ENCODING, SourcePosition.wholeFile(shown(file))));
        } catch (IOException e) {
            problems.add(Diagnostic.error(Msg.READ, SourcePosition.wholeFile(shown(file)), e.getMessage()));
        }
        return null;
    }

    /**
     * Whether a file or folder is reached through a symbolic link that points outside the content folder: such a
     * link is reported and not followed, so a portal repository can never make the build read the machine's files.
     */
    private boolean outside(Path file, Consumer<Diagnostic> report) {
        if (inside(file)) return false;
        report.accept(Diagnostic.error(Msg.PATH_OUTSIDE, SourcePosition.wholeFile(shown(file))));
        return true;
    }

    /**
     * Whether a file or folder really is inside the content folder. One that is not itself a link is where its folder
     * is, so only its folder's real path is worked out, once per folder: resolving every file's real path read every
     * component of its path again (a readlink each), some 100,000 system calls for a national portal.
     */
    private boolean inside(Path path) {
        Path folder = path.getParent();
        if (folder != null && !Files.isSymbolicLink(path)) return foldersInside.computeIfAbsent(folder, this::reallyInside);
        return reallyInside(path);
    }

    private boolean reallyInside(Path path) {
        try {
            return path.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return true; // a dangling link: reading it fails and is reported as such
        }
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
