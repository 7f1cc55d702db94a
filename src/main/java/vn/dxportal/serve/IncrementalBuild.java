package vn.dxportal.serve;

import vn.dxportal.build.Pipeline;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Msg;
import vn.dxportal.diag.Diagnostics;
import vn.dxportal.diag.SourcePosition;
import vn.dxportal.render.Templates;
import vn.dxportal.site.Page;
import vn.dxportal.write.SiteWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live preview's build engine. It keeps what the last good build knew — parsed files, their findings, the
 * planned pages and a hash of every file it wrote — and on a change:
 * <ol>
 * <li>parses again only the files that changed ({@link ParseCache}); validate, derive, rules and plan run again over
 * the whole portal, from cached parses (they are pure and cheap next to parsing and rendering);</li>
 * <li>renders again only the pages whose input changed: a templated page whose template and model equal the last
 * plan's (model objects are records and lists with value equality) gives the same bytes, so it is skipped; data
 * files (CSV, JSON, XML, copied files) are always made again, and everything is rendered again when a template,
 * a theme file or the set of planned pages changed (links depend on which pages exist);</li>
 * <li>writes only the files whose bytes changed (by SHA-256), and deletes the files no longer planned.</li>
 * </ol>
 * The output is byte-identical to a cold {@link Pipeline#build} of the same content. When the content has errors
 * nothing is written: the last good site stays as it was.
 */
public final class IncrementalBuild {

    /**
     * What one run did. {@code ok} is false when the content (or a template) has errors; {@code diagnostics} then
     * says which, and nothing was written. {@code parsed} counts files parsed again, {@code rendered} pages drawn
     * again, {@code written} and {@code deleted} list output paths.
     */
    public record Outcome(boolean ok, Diagnostics diagnostics, int pages, int parsed, int rendered, List<String> written,
                          List<String> deleted, long millis, List<String> notes) {
        public List<Diagnostic> errors() {
            return diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
        }
    }

    private final Pipeline.Options options;
    private final Path out;
    private final Path themeDir;
    private final Path layoutsDir;
    private final ParseCache cache = new ParseCache();
    private final Pipeline.Caches caches = new Pipeline.Caches(cache, cache);
    /** Output path → SHA-256 of the bytes on disk, for every file this engine wrote (pages and assets). */
    private final Map<String, byte[]> written = new HashMap<>();
    private Map<String, Page> pages = Map.of();
    private Templates templates;
    private ModelDiff diff;
    /** A template or theme file changed since the last good build: draw every page again. */
    private boolean themeChanged = true;

    /** @param options what to build; {@code options.out()} is a folder this engine owns (created if missing) */
    public IncrementalBuild(Pipeline.Options options) {
        this.options = options;
        this.out = options.out().toAbsolutePath().normalize();
        this.themeDir = options.theme().toAbsolutePath().normalize();
        this.layoutsDir = options.content().resolve("layouts").toAbsolutePath().normalize();
    }

    public Path out() { return out; }

    /** The first build: every file parsed, every page drawn and written. */
    public Outcome build() {
        return rebuild(null);
    }

    /**
     * Brings the output up to date after {@code changed} files changed (created, edited or deleted; absolute or
     * relative paths); null when it is not known what changed (every file's size and time is then checked, and
     * every page drawn again).
     */
    public synchronized Outcome rebuild(Collection<Path> changed) {
        long start = System.nanoTime();
        if (changed == null || changed.stream().map(p -> p.toAbsolutePath().normalize())
                .anyMatch(p -> p.startsWith(themeDir) || p.startsWith(layoutsDir))) {
            themeChanged = true;
        }
        cache.suspect(changed);
        Pipeline.Planned planned = Pipeline.plan(options, caches);
        int parsed = cache.endRun();
        Diagnostics diagnostics = planned.diagnostics();
        if (diagnostics.hasErrors()) return failed(diagnostics, parsed, start, planned.notes());
        try {
            Templates drawing = themeChanged ? Pipeline.templates(options) : templates;
            ModelDiff comparing = themeChanged
                    ? new ModelDiff(!ModelDiff.templatesReadBodies(List.of(themeDir.resolve("templates"), layoutsDir.resolve("templates"))))
                    : diff;
            Map<String, Page> next = new LinkedHashMap<>();
            for (Page p : planned.pages()) next.put(p.path(), p);
            boolean everything = themeChanged || !next.keySet().equals(pages.keySet());
            List<Page> dirty = planned.pages().stream().filter(p -> everything || changed(comparing, pages.get(p.path()), p)).toList();

            Map<String, byte[]> files = new ConcurrentHashMap<>();
            Set<Diagnostic> problems = ConcurrentHashMap.newKeySet();
            dirty.parallelStream().forEach(p -> {
                try {
                    files.put(p.path(), Pipeline.render(drawing, p));
                } catch (Templates.TemplateProblem e) {
                    problems.add(e.diagnostic());
                }
            });
            if (!problems.isEmpty()) {
                diagnostics.addAll(List.copyOf(problems));
                return failed(diagnostics, parsed, start, planned.notes());
            }
            Set<String> keep = new HashSet<>(next.keySet());
            if (themeChanged) {
                Map<String, Path> assets = Pipeline.staticFiles(options, diagnostics);
                if (diagnostics.hasErrors()) return failed(diagnostics, parsed, start, planned.notes());
                for (Map.Entry<String, Path> asset : assets.entrySet()) {
                    files.put(asset.getKey(), Files.readAllBytes(asset.getValue()));
                }
            }
            for (String path : written.keySet()) if (path.startsWith("assets/") && !themeChanged) keep.add(path);
            if (themeChanged) keep.addAll(files.keySet());
            keep.add(SiteWriter.MARKER);
            files.putIfAbsent(SiteWriter.MARKER, SiteWriter.MARKER_TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8));

            List<String> wrote = write(files);
            List<String> deleted = deleteAllBut(keep);
            pages = next;
            templates = drawing;
            diff = comparing;
            themeChanged = false;
            return new Outcome(true, diagnostics, next.size(), parsed, dirty.size(), wrote, deleted, millisSince(start), planned.notes());
        } catch (IOException | UncheckedIOException e) {
            diagnostics.add(Diagnostic.error(Msg.PREVIEW_WRITE, SourcePosition.wholeFile(out.toString()), e.getMessage()));
            return failed(diagnostics, parsed, start, planned.notes());
        }
    }

    /** Whether a page may draw differently from its last version: new, a data file, another template or model. */
    private static boolean changed(ModelDiff diff, Page before, Page now) {
        if (before == null || !now.isTemplated() || !before.isTemplated()) return true;
        return !Objects.equals(before.template(), now.template()) || !diff.same(before.model(), now.model());
    }

    private List<String> write(Map<String, byte[]> files) throws IOException {
        List<String> wrote = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            byte[] hash = Hashes.sha256(f.getValue());
            if (Arrays.equals(hash, written.get(f.getKey()))) continue;
            Path target = out.resolve(f.getKey()).normalize();
            if (!target.startsWith(out)) throw new IOException("đường dẫn ra ngoài thư mục: " + f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
            written.put(f.getKey(), hash);
            wrote.add(f.getKey());
        }
        wrote.sort(null);
        return wrote;
    }

    /** Deletes every file written earlier that is no longer planned, and the folders that leaves empty. */
    private List<String> deleteAllBut(Set<String> keep) throws IOException {
        List<String> gone = new ArrayList<>();
        for (String path : List.copyOf(written.keySet())) {
            if (keep.contains(path)) continue;
            Path file = out.resolve(path);
            Files.deleteIfExists(file);
            written.remove(path);
            gone.add(path);
            for (Path dir = file.getParent(); dir != null && dir.startsWith(out) && !dir.equals(out) && isEmpty(dir); dir = dir.getParent()) {
                Files.delete(dir);
            }
        }
        gone.sort(null);
        return gone;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    private static Outcome failed(Diagnostics diagnostics, int parsed, long start, List<String> notes) {
        return new Outcome(false, diagnostics, 0, parsed, 0, List.of(), List.of(), millisSince(start), notes);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
