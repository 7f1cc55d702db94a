package vn.dxportal.serve;

import vn.dxportal.build.Pipeline;
import vn.dxportal.build.Timings;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Msg;
import vn.dxportal.diag.Diagnostics;
import vn.dxportal.diag.SourcePosition;
import vn.dxportal.content.MarkdownFile;
import vn.dxportal.content.YamlDocument;
import vn.dxportal.render.Markdown;
import vn.dxportal.render.Templates;
import vn.dxportal.site.FigureBlock;
import vn.dxportal.site.Page;
import vn.dxportal.site.Kept;
import vn.dxportal.site.Planner;
import vn.dxportal.site.SearchEntry;
import vn.dxportal.site.SearchSplice;
import vn.dxportal.write.SiteWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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
import java.util.function.Supplier;

/**
 * The live preview's build engine. It keeps what the last good build knew — parsed files, their findings, the
 * planned pages, the search entries and a hash of every file it wrote. An edit of a narrative's or post's Markdown
 * body alone takes the fast path of {@link BodyEdit}: its page, the search index and the feeds carrying it are made
 * again from the last plan. An edit of a period YAML's figures alone takes the path of {@link FigureEdit}: the full
 * path below, in which only the page families that show figures are planned (and so compared and drawn) again.
 * Any other change:
 * <ol>
 * <li>parses again only the files that changed ({@link ParseCache}); validate, derive, rules and plan run again over
 * the whole portal, from cached parses (they are pure and cheap next to parsing and rendering);</li>
 * <li>makes again only the pages whose input changed ({@link ModelDiff}): a templated page whose template and model
 * equal the last plan's, in what that template can read ({@link TemplateReads}), gives the same bytes, and so does a data file (CSV, JSON, XML) whose maker captured the same
 * values; everything is made again when a template, a theme file or the set of planned pages changed (links
 * depend on which pages exist);</li>
 * <li>writes only the files whose bytes changed ({@link Hashes#fingerprint}), and deletes the files no longer planned.</li>
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
                          List<String> deleted, long millis, List<String> notes, String phases) {
        public List<Diagnostic> errors() {
            return diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
        }
    }

    private final Pipeline.Options options;
    private final Path out;
    private final Path themeDir;
    private final Path layoutsDir;
    private final Path contentDir;
    private final ParseCache cache = new ParseCache();
    private final ContentMemo content = new ContentMemo(cache);
    private final Pipeline.Caches caches = new Pipeline.Caches(cache, cache, new UnitMemo(), new FigureMemo(), content);
    private final MarkdownMemo markdown = new MarkdownMemo();
    private final BlockMemo blocks = new BlockMemo();
    private final KeptMemo kept = new KeptMemo();
    /** Output path → fingerprint of the bytes on disk ({@link Hashes#fingerprint}), for every file this engine wrote (pages and assets). */
    private final Map<String, byte[]> written = new HashMap<>();
    private Map<String, Page> pages = Map.of();
    /** The last good plan's families (which family planned which path): {@link FigureEdit} keeps some of them. */
    private Planner.Plan plan;
    /** The last good run's portal-content rules' outcome: {@link FigureEdit} keeps it when no latest period changed. */
    private vn.dxportal.rules.Compliance compliance;
    private Templates templates;
    private ModelDiff diff;
    /**
     * The search index of the last good plan: its entries and files. A plan whose entries are the same gets these
     * very files back (so they are neither made nor compared again); {@link BodyEdit} splices into the entries. Null
     * when not known (no good plan yet, or a plan indexed twice).
     */
    private SearchSplice.Index search;
    /** The templates of the last plan's families, by identity ({@link FigureEdit#keptPagesBlind}). */
    private final Map<Planner.Family, Set<String>> keptTemplates = new java.util.IdentityHashMap<>();
    /** The last rebuild was good: the kept plan is the content's (a fast path may patch it). */
    private boolean lastGood;
    private Diagnostics lastDiagnostics = new Diagnostics();
    private List<String> lastNotes = List.of();
    /** A template or theme file changed since the last good build: draw every page again. */
    private boolean themeChanged = true;

    /** @param options what to build; {@code options.out()} is a folder this engine owns (created if missing) */
    public IncrementalBuild(Pipeline.Options options) {
        this.options = options;
        this.out = options.out().toAbsolutePath().normalize();
        this.themeDir = options.theme().toAbsolutePath().normalize();
        this.layoutsDir = options.content().resolve("layouts").toAbsolutePath().normalize();
        this.contentDir = options.content().toAbsolutePath().normalize();
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
        if (!themeChanged && lastGood && changed != null && diff.blindToBodies()) {
            Outcome fast = bodyEdit(changed, start);
            if (fast != null) return fast;
        }
        Pipeline.Replan replan = !themeChanged && lastGood && changed != null && plan != null ? figureEdit(changed) : null;
        boolean afterGood = lastGood; // a failed run may have written some files of a plan it did not adopt
        lastGood = false;
        cache.suspect(changed);
        Pipeline.Planned planned;
        Timings stages = new Timings();
        List<SearchSplice.Index> indexed = java.util.Collections.synchronizedList(new ArrayList<>(1)); // filled on a planning thread
        Markdown.memo(markdown); // only while this engine plans: a cold build elsewhere keeps nothing
        FigureBlock.memo(blocks);
        Kept.memo(kept);
        SearchSplice.Index last = search;
        SearchSplice.indexWith(entries -> {
            SearchSplice.Index made = last == null ? SearchSplice.index(entries) : SearchSplice.update(last, entries);
            indexed.add(made);
            return made.layout();
        });
        try {
            planned = Pipeline.plan(options, caches, stages, replan);
        } finally {
            Markdown.memo(null);
            FigureBlock.memo(null);
            Kept.memo(null);
            SearchSplice.indexWith(null);
            markdown.endRun();
            blocks.endRun();
            kept.endRun();
        }
        int parsed = cache.endRun();
        long plannedAt = System.nanoTime();
        Diagnostics diagnostics = planned.diagnostics();
        if (diagnostics.hasErrors()) return failed(diagnostics, parsed, start, planned.notes());
        try {
            Templates drawing;
            try {
                drawing = themeChanged ? Pipeline.templates(options) : templates;
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(Msg.THEME_READ, SourcePosition.wholeFile(themeDir.toString()), e.getMessage()));
                return failed(diagnostics, parsed, start, planned.notes());
            }
            List<Path> templateDirs = List.of(themeDir.resolve("templates"), layoutsDir.resolve("templates"));
            ModelDiff comparing = themeChanged
                    ? new ModelDiff(!ModelDiff.templatesReadBodies(templateDirs), TemplateReads.of(templateDirs))
                    : diff.fresh();
            Map<String, Page> next = new LinkedHashMap<>();
            for (Page p : planned.pages()) next.put(p.path(), p);
            boolean everything = themeChanged || !next.keySet().equals(pages.keySet());
            List<Page> dirty = everything ? planned.pages() : changedPages(comparing, planned.pages());
            long compared = System.nanoTime();

            Map<String, List<ByteBuffer>> files = new ConcurrentHashMap<>();
            Set<Diagnostic> problems = ConcurrentHashMap.newKeySet();
            drawing.newRun();
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
            // What stays besides the planned pages (not a copy of their 59,000 paths on every edit).
            Set<String> keep = new HashSet<>();
            if (themeChanged) {
                Map<String, Path> assets = Pipeline.staticFiles(options, diagnostics);
                if (diagnostics.hasErrors()) return failed(diagnostics, parsed, start, planned.notes());
                for (Map.Entry<String, Path> asset : assets.entrySet()) {
                    files.put(asset.getKey(), List.of(ByteBuffer.wrap(Files.readAllBytes(asset.getValue()))));
                }
            }
            boolean assetsStay = !themeChanged; // the theme's files, written by the first build, unless the theme changed
            if (themeChanged) keep.addAll(files.keySet());
            keep.add(SiteWriter.MARKER);
            files.putIfAbsent(SiteWriter.MARKER, List.of(ByteBuffer.wrap(SiteWriter.MARKER_TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8))));

            long rendered = System.nanoTime();
            List<String> wrote = write(files);
            // Right after a good run, with its very paths and theme, every file written so far is a planned page or a
            // theme file (each good run deletes what it no longer plans): nothing to look for among 59,000 written files.
            List<String> deleted = everything || !afterGood
                    ? deleteAllBut(path -> next.containsKey(path) || keep.contains(path) || (assetsStay && path.startsWith("assets/")))
                    : List.of();
            pages = next;
            plan = planned.plan();
            compliance = planned.compliance();
            templates = drawing;
            diff = comparing;
            themeChanged = false;
            // One index per plan is what BodyEdit can splice into; anything else leaves it to the full path.
            // A figure edit keeps the search family's pages and so the index they were made of (FigureEdit).
            boolean searchKept = replan != null && !replan.replanned().contains("SearchPages") && indexed.isEmpty();
            if (!searchKept) search = indexed.size() == 1 ? indexed.get(0) : null;
            lastGood = true;
            lastDiagnostics = diagnostics;
            lastNotes = planned.notes();
            String phases = (replan != null ? "figure edit, " : "") + "plan " + (plannedAt - start) / 1_000_000 + " ms " + stages.millis() + ", compare " + (compared - plannedAt) / 1_000_000
                    + " ms, render " + (rendered - compared) / 1_000_000 + " ms, write " + (System.nanoTime() - rendered) / 1_000_000 + " ms";
            return new Outcome(true, diagnostics, next.size(), parsed, dirty.size(), wrote, deleted, millisSince(start), planned.notes(), phases);
        } catch (IOException | UncheckedIOException e) {
            diagnostics.add(Diagnostic.error(Msg.PREVIEW_WRITE, SourcePosition.wholeFile(out.toString()), e.getMessage()));
            return failed(diagnostics, parsed, start, planned.notes());
        }
    }

    /**
     * What the full path may keep from the last plan when every changed file is a period's YAML whose figures alone
     * changed ({@link FigureEdit}): the families that cannot show figures. Null when anything else changed, or when a
     * kept page's template may read figures; the full path then plans everything (and takes the files read here as
     * they are).
     */
    private Pipeline.Replan figureEdit(Collection<Path> changed) {
        boolean latestChanged = false;
        boolean sameFindings = true;
        for (Path p : changed) {
            Path file = p.toAbsolutePath().normalize();
            if (!Files.exists(file) && !cache.holdsAnythingAt(file)) continue; // an editor's temporary file
            if (!file.startsWith(contentDir) || !Files.exists(file)) return null;
            if (!FigureEdit.covers(contentDir.relativize(file).toString().replace('\\', '/'))) return null;
            ParseCache.Refreshed r = cache.refresh(file);
            if (r == null) return null;
            if (!r.changed()) continue;
            if (!(r.before().value() instanceof YamlDocument a) || !(r.after().value() instanceof YamlDocument b)
                    || !FigureEdit.onlyFigures(a.root(), b.root())) {
                return null;
            }
            List<String> ids = periodIds(file.getParent());
            if (ids == null) return null;
            // The load takes the last content with the new parse swapped in (ContentMemo) when the findings are the same.
            content.replaced(a, b);
            sameFindings &= r.before().problems().equals(r.after().problems());
            latestChanged |= FigureEdit.isLatest(file.getFileName().toString().replaceFirst("\\.yaml$", ""), ids);
        }
        if (!FigureEdit.keptPagesBlind(plan, pages, diff::readsOf, keptTemplates)) return null;
        if (sameFindings) content.reuseNext();
        Map<String, Page> kept = pages;
        return latestChanged || compliance == null ? new Pipeline.Replan(plan, FigureEdit.REPLANNED, kept::get, null)
                : new Pipeline.Replan(plan, FigureEdit.REPLANNED_RULES_KEPT, kept::get, compliance);
    }

    /** The ids of the periods in a unit's {@code periods/} folder (its YAML files), or null when it cannot be listed. */
    private static List<String> periodIds(Path periods) {
        try (java.util.stream.Stream<Path> files = Files.list(periods)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).map(n -> n.substring(0, n.length() - 5)).toList();
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /**
     * The fast path of {@link BodyEdit}: when every changed file is a period narrative or a post whose front matter and own
     * findings are as they were, draws again the pages that show its body and the search index, from the last plan.
     * Null when any file is something else or the patch cannot be proven (the caller then runs the full path, which
     * takes the files this has read as they are).
     */
    private Outcome bodyEdit(Collection<Path> changed, long start) {
        // What changes, by path, over the last plan's pages: the plan is not copied (90,000 pages at national scale).
        Map<String, Page> redraw = new LinkedHashMap<>();
        if (search == null) return null;
        List<SearchEntry> entries = search.entries();
        Map<Object, Object> swapped = new java.util.IdentityHashMap<>(); // each edited file's parse before → after (ContentMemo)
        for (Path p : changed) {
            Path file = p.toAbsolutePath().normalize();
            // An editor's temporary file, made and gone between two rebuilds (vim's 4913, a backup~): no build read it.
            if (!Files.exists(file) && !cache.holdsAnythingAt(file)) continue;
            if (!file.startsWith(contentDir)) return null;
            String relative = contentDir.relativize(file).toString().replace('\\', '/');
            if (!BodyEdit.covers(relative)) return null;
            ParseCache.Refreshed r = cache.refresh(file);
            if (r == null) return null;
            if (!r.changed()) continue;
            if (!(r.before().value() instanceof MarkdownFile a) || !(r.after().value() instanceof MarkdownFile b)
                    || !a.file().equals(b.file()) || !a.frontMatter().equals(b.frontMatter()) || !r.before().problems().equals(r.after().problems())) {
                return null;
            }
            BodyEdit.Patch patch = BodyEdit.of(pages, redraw, entries, relative, a.file(), a.body(), b.body());
            if (patch == null) return null;
            swapped.put(a, b);
            for (Page page : patch.redraw()) redraw.put(page.path(), page);
            entries = patch.entries();
        }
        int parsed = cache.takeParsed();
        Map<String, List<ByteBuffer>> files = new ConcurrentHashMap<>();
        SearchSplice.Index index = entries == search.entries() ? search : SearchSplice.update(search, entries);
        Map<String, Supplier<byte[]>> remade = new LinkedHashMap<>();
        index.layout().forEach((path, body) -> {
            if (search.layout().get(path) != body) remade.put(path, body);
        });
        long planned = System.nanoTime();
        templates.newRun(); // as every run does: a cached block never outlives the run that drew it
        try {
            redraw.values().parallelStream().forEach(page -> files.put(page.path(), renderOrFail(page)));
        } catch (FailedPage e) {
            return null; // a template problem: the full path reports it as it does for any page
        }
        long drawn = System.nanoTime();
        remade.entrySet().parallelStream().forEach(f -> files.put(f.getKey(), List.of(ByteBuffer.wrap(f.getValue().get()))));
        long indexedAt = System.nanoTime();
        List<String> gone = search.layout().keySet().stream().filter(f -> !index.layout().containsKey(f)).toList();
        try {
            List<String> wrote = write(files);
            List<String> deleted = delete(gone);
            redraw.forEach(pages::put);
            swapped.forEach(content::replaced);
            // Search files made or gone change the search family's paths: the kept plan no longer says which family
            // planned what, and the figure path waits for the next full rebuild to learn it again.
            if (!gone.isEmpty() || !pages.keySet().containsAll(remade.keySet())) plan = null;
            gone.forEach(pages::remove);
            remade.forEach((path, body) -> pages.put(path, Page.data(path, Set.of("*"), body)));
            search = index;
            String phases = "body edit (with the search index's changes) " + (planned - start) / 1_000_000 + " ms, render " + (drawn - planned) / 1_000_000 + " ms, search files "
                    + (indexedAt - drawn) / 1_000_000 + " ms, write " + (System.nanoTime() - indexedAt) / 1_000_000 + " ms";
            return new Outcome(true, lastDiagnostics, pages.size(), parsed, redraw.size() + remade.size(), wrote, deleted, millisSince(start), lastNotes, phases);
        } catch (IOException | UncheckedIOException e) {
            lastGood = false; // part of the output may be written: the next rebuild takes the full path
            Diagnostics diagnostics = new Diagnostics();
            diagnostics.add(Diagnostic.error(Msg.PREVIEW_WRITE, SourcePosition.wholeFile(out.toString()), e.getMessage()));
            return failed(diagnostics, parsed, start, lastNotes);
        }
    }

    /** A page the fast path could not draw. */
    private static final class FailedPage extends RuntimeException {
        FailedPage() { super(null, null, false, false); }
    }

    private List<ByteBuffer> renderOrFail(Page page) {
        try {
            return Pipeline.render(templates, page);
        } catch (Templates.TemplateProblem e) {
            throw new FailedPage();
        }
    }

    /**
     * The pages that may come out differently from their last version, in plan order. They are compared on every
     * core, each part of the plan with a comparison of its own (one remembers pairs it compared and is not
     * thread-safe). A page kept from the last plan (FigureEdit) is the very page on disk: nothing to compare or draw.
     */
    private List<Page> changedPages(ModelDiff comparing, List<Page> next) {
        int n = next.size();
        boolean[] redraw = new boolean[n];
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / 1000));
        // Dealt in runs of neighbouring pages (which share objects: siblings' peer lists), in turn, as the pages that
        // take comparing (a unit's and its periods') lie together in the plan.
        int run = 32;
        java.util.stream.IntStream.range(0, parts).parallel().forEach(part -> {
            ModelDiff diff = part == 0 ? comparing : comparing.fresh();
            for (int from = part * run; from < n; from += parts * run) {
                for (int i = from, end = Math.min(n, from + run); i < end; i++) {
                    Page p = next.get(i), before = pages.get(p.path());
                    redraw[i] = before != p && changed(diff, before, p);
                }
            }
        });
        List<Page> dirty = new ArrayList<>();
        for (int i = 0; i < n; i++) if (redraw[i]) dirty.add(next.get(i));
        return dirty;
    }

    /** Whether a page may come out differently from its last version: new, another template, model or data maker. */
    private static boolean changed(ModelDiff diff, Page before, Page now) {
        if (before == null || now.isTemplated() != before.isTemplated()) return true;
        if (!now.isTemplated()) return !diff.sameMaker(before.body(), now.body());
        return !Objects.equals(before.template(), now.template()) || !diff.samePage(now.template(), before.model(), now.model());
    }

    /**
     * Writes the files whose bytes differ from what this engine last wrote there ({@link Hashes#fingerprint}). The
     * files are fingerprinted on every core: after a figure edit they include the portal-wide open data (85 MB at
     * national scale).
     */
    private List<String> write(Map<String, List<ByteBuffer>> files) throws IOException {
        Map<String, byte[]> changed = new ConcurrentHashMap<>();
        files.entrySet().parallelStream().forEach(f -> {
            byte[] hash = Hashes.fingerprint(f.getValue());
            if (!Arrays.equals(hash, written.get(f.getKey()))) changed.put(f.getKey(), hash);
        });
        for (String path : changed.keySet()) {
            Path target = out.resolve(path).normalize();
            if (!target.startsWith(out)) throw new IOException("đường dẫn ra ngoài thư mục: " + path);
        }
        // Written by this one thread: an edit rewrites a handful of files, too few to share out.
        for (String path : changed.keySet()) {
            Path target = out.resolve(path).normalize();
            Files.createDirectories(target.getParent());
            SiteWriter.overwriteFile(target, files.get(path));
        }
        written.putAll(changed);
        List<String> wrote = new ArrayList<>(changed.keySet());
        wrote.sort(null);
        return wrote;
    }

    /** Deletes every file written earlier that is no longer planned, and the folders that leaves empty. */
    private List<String> deleteAllBut(java.util.function.Predicate<String> keep) throws IOException {
        return delete(written.keySet().stream().filter(keep.negate()).toList());
    }

    /** Deletes these files written earlier, and the folders that leaves empty. */
    private List<String> delete(List<String> paths) throws IOException {
        List<String> gone = new ArrayList<>();
        for (String path : paths) {
            if (!written.containsKey(path)) continue;
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
        return new Outcome(false, diagnostics, 0, parsed, 0, List.of(), List.of(), millisSince(start), notes, "");
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
