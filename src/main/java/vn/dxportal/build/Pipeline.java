package vn.dxportal.build;

import vn.dxportal.content.ContentLoader;
import vn.dxportal.content.RawContent;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Msg;
import vn.dxportal.diag.Diagnostics;
import vn.dxportal.diag.SourcePosition;
import vn.dxportal.metrics.Derived;
import vn.dxportal.metrics.Metrics;
import vn.dxportal.model.Portal;
import vn.dxportal.render.Markdown;
import vn.dxportal.render.Templates;
import vn.dxportal.rules.Compliance;
import vn.dxportal.rules.Rules;
import vn.dxportal.site.Page;
import vn.dxportal.site.PlanContext;
import vn.dxportal.site.Planner;
import vn.dxportal.site.SearchIndexLater;
import vn.dxportal.validate.Validator;
import vn.dxportal.write.OutputRefused;
import vn.dxportal.write.SiteWriter;
import vn.dxportal.write.WriteQueue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The build as a list of stages: load → validate → derive → rules → plan → render → write. {@code check} stops
 * after plan; {@code build} runs them all. Findings travel alongside as diagnostics, and the portal-content rules'
 * outcome as {@link Compliance}; no stage throws at the user.
 */
public final class Pipeline {

    /**
     * What to build from and where to. {@code baseUrl} overrides site.yaml's base_url; {@code sourceDateEpoch} is
     * SOURCE_DATE_EPOCH (null when unset); {@code drafts} and {@code future} publish draft and future-dated posts.
     * {@code freshnessDate} is the date "last updated" dates are judged against by the portal-content rules; when
     * null, SOURCE_DATE_EPOCH's day is used, and without that freshness is not judged, so the compliance pages of a
     * build never change with the day it runs ({@code check} passes today's date).
     */
    public record Options(Path content, Path theme, Path out, String baseUrl, Long sourceDateEpoch, boolean drafts, boolean future,
                          LocalDate freshnessDate) {
        public Options(Path content, Path theme, Path out, String baseUrl, Long sourceDateEpoch) {
            this(content, theme, out, baseUrl, sourceDateEpoch, false, false, null);
        }

        public Options(Path content, Path theme, Path out, String baseUrl, Long sourceDateEpoch, boolean drafts, boolean future) {
            this(content, theme, out, baseUrl, sourceDateEpoch, drafts, future, null);
        }

        public Options(Path content, Path theme, Path out, String baseUrl, Long sourceDateEpoch, LocalDate freshnessDate) {
            this(content, theme, out, baseUrl, sourceDateEpoch, false, false, freshnessDate);
        }
    }

    /**
     * The outcome of running the stages up to plan. {@code pages} is empty when the content has errors, and
     * {@code compliance} is then {@link Compliance#none()}.
     */
    public record Planned(Diagnostics diagnostics, Derived derived, List<Page> pages, List<String> notes, Compliance compliance, Planner.Plan plan) {
        public Planned(Diagnostics diagnostics, Derived derived, List<Page> pages) {
            this(diagnostics, derived, pages, List.of(), Compliance.none(), null);
        }

        public Planned(Diagnostics diagnostics, Derived derived, List<Page> pages, List<String> notes, Compliance compliance) {
            this(diagnostics, derived, pages, notes, compliance, null);
        }
    }

    /**
     * Which page families a plan may keep from an earlier one ({@link Planner#replan}): {@code last} is that plan,
     * {@code replanned} the families planned again, {@code current} each kept page by path as the caller has it.
     * {@code compliance}, when not null, is the rules' outcome of that earlier run, taken as it is instead of running
     * the rules again. The caller vouches that what the kept families (and, with a compliance, the rules) read has
     * not changed.
     */
    public record Replan(Planner.Plan last, Set<String> replanned, java.util.function.Function<String, Page> current, Compliance compliance) {}

    /**
     * The outcome of a full build; {@code notes} say what the build chose not to make and why (e.g. feeds without a
     * base URL); {@code compliance} is the portal-content rules' outcome.
     */
    public record Built(Diagnostics diagnostics, int pages, int files, long bytes, boolean written, List<String> notes, Compliance compliance) {
        public Built(Diagnostics diagnostics, int pages, int files, long bytes, boolean written) {
            this(diagnostics, pages, files, bytes, written, List.of(), Compliance.none());
        }
    }

    /**
     * How far rendering may run ahead of the writer thread, in bytes of finished files, before the rendering threads
     * write their files themselves: enough to ride out a slow moment of the disk, small beside the 850 MB a national
     * build may use.
     */
    private static final long WRITE_QUEUE_BYTES = 16L << 20;

    /** An absolute http(s) URL with a host and no query or fragment: what a base URL must be. */
    private static final Pattern BASE_URL = Pattern.compile("https?://[^/?#\\s]+(/[^?#\\s]*)?");

    private Pipeline() {}

    /**
     * What a long-lived caller (the live preview) keeps between runs so that unchanged files are neither parsed nor
     * checked again; either may be null.
     */
    public record Caches(ContentLoader.FileCache files, Validator.CheckCache checks, Validator.UnitCache units, Metrics.FigureCache figures,
                         ContentMemo content) {
        public static final Caches NONE = new Caches(null, null, null, null, null);

        public Caches(ContentLoader.FileCache files, Validator.CheckCache checks) {
            this(files, checks, null, null, null);
        }

        public Caches(ContentLoader.FileCache files, Validator.CheckCache checks, Validator.UnitCache units, Metrics.FigureCache figures) {
            this(files, checks, units, figures, null);
        }
    }

    /**
     * The load stage as a long-lived caller runs it: {@code read} loads the content folder, reporting what it finds
     * into the diagnostics it is given; a caller that knows the content without reading the folder again (the live
     * preview, after an edit of known files) may hand that over instead, with the findings the load would report.
     */
    public interface ContentMemo {
        RawContent load(Diagnostics diagnostics, java.util.function.Function<Diagnostics, RawContent> read);
    }

    public static Planned plan(Options options) {
        return plan(options, Caches.NONE, new Timings());
    }

    public static Planned plan(Options options, Caches caches) {
        return plan(options, caches, new Timings());
    }

    /** {@link #plan(Options)}, recording each stage's wall time in {@code timings}. */
    public static Planned plan(Options options, Timings timings) {
        return plan(options, Caches.NONE, timings);
    }

    public static Planned plan(Options options, Caches caches, Timings timings) {
        return plan(options, caches, timings, null);
    }

    /** {@link #plan(Options, Caches, Timings)}, keeping some page families of an earlier plan when {@code replan} is not null. */
    public static Planned plan(Options options, Caches caches, Timings timings, Replan replan) {
        return plan(options, caches, timings, replan, false);
    }

    /** {@code searchIndexLater}: the plan leaves the search index's files to the build ({@link SearchIndexLater}). */
    private static Planned plan(Options options, Caches caches, Timings timings, Replan replan, boolean searchIndexLater) {
        Diagnostics diagnostics = new Diagnostics();
        // The parsed files are let go once the rules have read them (raw[0] = null below): planning and rendering work
        // from the model, and a national portal's parsed trees are tens of megabytes.
        java.util.function.Function<Diagnostics, RawContent> read = into -> new ContentLoader(options.content(), into, caches.files()).load();
        RawContent[] raw = {timings.time("load", () -> caches.content() == null ? read.apply(diagnostics) : caches.content().load(diagnostics, read))};
        Portal portal = timings.time("validate", () -> new Validator(caches.checks(), caches.units()).validate(raw[0], diagnostics));
        if (portal == null || diagnostics.hasErrors()) return new Planned(diagnostics, null, List.of());
        Derived derived = timings.time("derive", () -> Metrics.derive(portal, diagnostics, caches.figures()));
        String buildDate = options.sourceDateEpoch() == null ? null
                : Instant.ofEpochSecond(options.sourceDateEpoch()).atZone(ZoneOffset.UTC).toLocalDate().toString();
        // "Today" decides which posts are in the future: SOURCE_DATE_EPOCH's day when set, so a rebuild of the same
        // commit publishes the same posts; else the real date. Both on the Vietnamese calendar (UTC+7).
        LocalDate epochDay = options.sourceDateEpoch() == null ? null
                : Instant.ofEpochSecond(options.sourceDateEpoch()).atOffset(PlanContext.VIETNAM).toLocalDate();
        LocalDate today = epochDay == null ? LocalDate.now(PlanContext.VIETNAM) : epochDay;
        String baseUrl = options.baseUrl() != null ? options.baseUrl() : portal.site().baseUrl();
        if (baseUrl != null && !BASE_URL.matcher(baseUrl).matches()) {
            diagnostics.add(Diagnostic.error(Msg.BASE_URL, SourcePosition.wholeFile(options.baseUrl() != null ? "--base-url" : options.content().resolve("site.yaml").toString()),
                    baseUrl));
            return new Planned(diagnostics, null, List.of());
        }
        // Content findings so far: the rules stage adds only errors (a broken rule set), never data-quality findings.
        List<Diagnostic> findings = diagnostics.sorted();
        LocalDate freshness = options.freshnessDate() != null ? options.freshnessDate() : epochDay;
        Compliance compliance = replan != null && replan.compliance() != null ? replan.compliance()
                : timings.time("rules", () -> Rules.evaluate(raw[0], new Rules.Options(options.theme(), options.content().resolve("layouts"),
                freshness, baseUrl), diagnostics));
        raw[0] = null;
        if (diagnostics.hasErrors()) return new Planned(diagnostics, derived, List.of());
        PlanContext.Options planning = new PlanContext.Options(baseUrl, buildDate, today, options.drafts(), options.future(), searchIndexLater);
        Planner.Plan plan = timings.time("plan", () -> replan == null ? Planner.planWithNotes(derived, findings, planning, compliance)
                : Planner.replan(derived, findings, planning, compliance, replan.last(), replan.replanned(), replan.current()));
        return new Planned(diagnostics, derived, plan.pages(), plan.notes(), compliance, plan);
    }

    public static Built build(Options options) throws OutputRefused, IOException {
        return build(options, new Timings(), false);
    }

    /**
     * {@link #build(Options)}, recording each stage's wall time in {@code timings}; {@code gzip}: also write a
     * precompressed {@code .gz} beside each text file ({@code build --gzip}).
     */
    public static Built build(Options options, Timings timings, boolean gzip) throws OutputRefused, IOException {
        if (!Files.isDirectory(options.theme().resolve("templates"))) {
            // Said before any work: the default theme path is relative, and a build started outside the project folder
            // would otherwise fail late, at its first page, with what looks like a disk error.
            Diagnostics missing = new Diagnostics();
            missing.add(Diagnostic.error(Msg.THEME_MISSING, SourcePosition.wholeFile(options.theme().toString()),
                    options.theme().resolve("templates"), Path.of("").toAbsolutePath()));
            return new Built(missing, 0, 0, 0, false);
        }
        Planned planned = plan(options, Caches.NONE, timings, null, true);
        long renderStart = System.nanoTime();
        Diagnostics diagnostics = planned.diagnostics();
        if (diagnostics.hasErrors()) return new Built(diagnostics, 0, 0, 0, false, planned.notes(), planned.compliance());
        Templates templates = templates(options);
        Set<Diagnostic> problems = ConcurrentHashMap.newKeySet();
        List<Page> pages = planned.pages();
        SearchIndexLater search = planned.plan() == null ? null : planned.plan().searchIndexLater();
        int first = search == null ? pages.size() : search.drawFirst(pages);
        try (SiteWriter writer = SiteWriter.open(options.out()); WriteQueue queue = new WriteQueue(writer, WRITE_QUEUE_BYTES)) {
            java.util.concurrent.atomic.LongAdder bytes = new java.util.concurrent.atomic.LongAdder();
            java.util.function.Consumer<Page> draw = page -> {
                try {
                    long t0 = System.nanoTime();
                    List<ByteBuffer> file = render(templates, page);
                    long t1 = System.nanoTime();
                    queue.put(page.path(), file);
                    timings.addDetail(page.isTemplated() ? page.template() : dataKind(page.path()), t1 - t0, System.nanoTime() - t1);
                    for (ByteBuffer piece : file) bytes.add(piece.remaining());
                } catch (Templates.TemplateProblem p) {
                    problems.add(p.diagnostic()); // one broken template fails many pages the same way: report it once
                }
            };
            // The pages up to the last post or report first, keeping what their bodies' parse found for search; then
            // the search index is made on a thread of its own while the rest of the portal is drawn.
            if (search != null) Markdown.keepSectionsOfDrawnBodies(search);
            try {
                Parallel.forEach(pages.subList(0, first), draw);
            } finally {
                if (search != null) Markdown.keepSectionsOfDrawnBodies(null);
            }
            FutureTask<Integer> indexing = search == null ? null : new FutureTask<>(() -> queueIndex(search, queue, timings, bytes));
            if (indexing != null) {
                Thread indexer = new Thread(indexing, "search-index");
                indexer.setDaemon(true);
                indexer.start();
            }
            Parallel.forEach(pages.subList(first, pages.size()), draw);
            // The index's files come last and the pages are drawn: this thread writes beside the writer meanwhile.
            if (indexing != null) queue.helpUntil(indexing);
            int indexFiles = indexing == null ? 0 : outcome(indexing);
            queue.finish();
            diagnostics.addAll(List.copyOf(problems));
            if (diagnostics.hasErrors()) return new Built(diagnostics, 0, 0, 0, false, planned.notes(), planned.compliance());
            Map<String, Path> assets = staticFiles(options, diagnostics);
            if (diagnostics.hasErrors()) return new Built(diagnostics, 0, 0, 0, false, planned.notes(), planned.compliance());
            for (Map.Entry<String, Path> asset : assets.entrySet()) writer.write(asset.getKey(), Files.readAllBytes(asset.getValue()));
            if (gzip) vn.dxportal.write.Precompress.directory(writer.stagingDir());
            writer.commit();
            timings.add("render+write", System.nanoTime() - renderStart);
            int made = pages.size() + indexFiles;
            return new Built(diagnostics, made, made + assets.size(), bytes.sum(), true, planned.notes(), planned.compliance());
        } catch (UncheckedIOException e) {
            diagnostics.add(Diagnostic.error(Msg.WRITE, SourcePosition.wholeFile(options.out().toString()), e.getCause().getMessage()));
            return new Built(diagnostics, 0, 0, 0, false, planned.notes(), planned.compliance());
        }
    }

    /** Makes the search index's files and queues them for the writer; returns how many there are. */
    private static int queueIndex(SearchIndexLater search, WriteQueue queue, Timings timings,
                                  java.util.concurrent.atomic.LongAdder bytes) {
        long t0 = System.nanoTime();
        Map<String, byte[]> files = search.files();
        long made = System.nanoTime() - t0; // told as the making of meta.json, the first file: the index is made whole
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            long t1 = System.nanoTime();
            queue.put(f.getKey(), f.getValue());
            timings.addDetail(dataKind(f.getKey()), made, System.nanoTime() - t1);
            bytes.add(f.getValue().length);
            made = 0;
        }
        return files.size();
    }

    /** What the search index's thread returned, or what it threw, as it was thrown. */
    private static int outcome(FutureTask<Integer> indexing) {
        try {
            return indexing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the search index", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The kind of a data file for --timings: its folder and extension ("tim-kiem/i/*.json"). */
    private static String dataKind(String path) {
        int slash = path.lastIndexOf('/'), dot = path.lastIndexOf('.');
        return (slash < 0 ? "" : path.substring(0, slash + 1)) + "*" + (dot > slash ? path.substring(dot) : "");
    }

    /** The theme's templates with the portal's overrides in {@code layouts/}. */
    public static Templates templates(Options options) throws IOException {
        return new Templates(options.theme(), options.content().resolve("layouts"));
    }

    /**
     * One planned page's bytes: its template drawn from its model, or its data file made, as the pieces its maker
     * gives ({@link Page#pieces}): big files are not joined into one array.
     */
    public static List<ByteBuffer> render(Templates templates, Page page) throws Templates.TemplateProblem {
        return page.isTemplated() ? List.of(ByteBuffer.wrap(templates.renderUtf8(page.template(), page.model()))) : page.pieces();
    }

    /**
     * The static files published under assets/, by output path: the theme's, then the portal's overrides in
     * layouts/static/, which replace the theme's file of the same name. A symbolic link pointing outside its folder
     * is an error, not followed: the build never publishes the machine's files.
     */
    public static Map<String, Path> staticFiles(Options options, Diagnostics diagnostics) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        for (Path dir : List.of(options.theme().resolve("static"), options.content().resolve("layouts").resolve("static"))) {
            if (!Files.isDirectory(dir)) continue;
            Path real = dir.toRealPath();
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    if (!f.toRealPath().startsWith(real)) {
                        diagnostics.add(Diagnostic.error(Msg.STATIC_OUTSIDE, SourcePosition.wholeFile(f.toString()), dir));
                        continue;
                    }
                    files.put("assets/" + dir.relativize(f).toString().replace('\\', '/'), f);
                }
            }
        }
        return files;
    }
}
