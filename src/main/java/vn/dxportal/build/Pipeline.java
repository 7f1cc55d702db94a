package vn.dxportal.build;

import vn.dxportal.content.ContentLoader;
import vn.dxportal.content.RawContent;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Diagnostics;
import vn.dxportal.diag.SourcePosition;
import vn.dxportal.metrics.Derived;
import vn.dxportal.metrics.Metrics;
import vn.dxportal.model.Portal;
import vn.dxportal.render.Templates;
import vn.dxportal.rules.Compliance;
import vn.dxportal.rules.Rules;
import vn.dxportal.site.Page;
import vn.dxportal.site.PlanContext;
import vn.dxportal.site.Planner;
import vn.dxportal.validate.Validator;
import vn.dxportal.write.OutputRefused;
import vn.dxportal.write.SiteWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The build as a list of stages: load → validate → derive → rules → plan → render → write. {@code check} stops
 * after plan; {@code build} runs them all. Findings travel alongside as diagnostics, and the portal-content rules'
 * outcome as {@link Compliance}; no stage throws at the user.
 */
public final class Pipeline {

    /**
     * What to build from and where to. {@code sourceDateEpoch} is SOURCE_DATE_EPOCH (null when unset).
     * {@code today} is the date freshness rules are judged against; when null, the SOURCE_DATE_EPOCH date is used,
     * and without that freshness is not judged, so a build's output never depends on the day it runs.
     */
    public record Options(Path content, Path theme, Path out, String baseUrl, Long sourceDateEpoch, LocalDate today) {
        public Options(Path content, Path theme, Path out, String baseUrl, Long sourceDateEpoch) {
            this(content, theme, out, baseUrl, sourceDateEpoch, null);
        }
    }

    /**
     * The outcome of running the stages up to plan. {@code pages} is empty when the content has errors, and
     * {@code compliance} is then {@link Compliance#none()}.
     */
    public record Planned(Diagnostics diagnostics, Derived derived, List<Page> pages, Compliance compliance) {}

    /** The outcome of a full build. */
    public record Built(Diagnostics diagnostics, int pages, int files, long bytes, boolean written, Compliance compliance) {}

    private Pipeline() {}

    public static Planned plan(Options options) {
        Diagnostics diagnostics = new Diagnostics();
        RawContent raw = new ContentLoader(options.content(), diagnostics).load();
        Portal portal = new Validator().validate(raw, diagnostics);
        if (portal == null || diagnostics.hasErrors()) return new Planned(diagnostics, null, List.of(), Compliance.none());
        Derived derived = Metrics.derive(portal, diagnostics);
        LocalDate epochDate = options.sourceDateEpoch() == null ? null
                : Instant.ofEpochSecond(options.sourceDateEpoch()).atZone(ZoneOffset.UTC).toLocalDate();
        String buildDate = epochDate == null ? null : epochDate.toString();
        // Content findings so far: the rules stage adds only errors (a broken rule set), never data-quality findings.
        List<Diagnostic> findings = diagnostics.sorted();
        LocalDate today = options.today() != null ? options.today() : epochDate;
        Compliance compliance = Rules.evaluate(raw, new Rules.Options(options.theme(), options.content().resolve("layouts"), today,
                options.baseUrl()), diagnostics);
        if (diagnostics.hasErrors()) return new Planned(diagnostics, derived, List.of(), Compliance.none());
        List<Page> pages = Planner.plan(derived, findings, new PlanContext.Options(options.baseUrl(), buildDate), compliance);
        return new Planned(diagnostics, derived, pages, compliance);
    }

    public static Built build(Options options) throws OutputRefused, IOException {
        Planned planned = plan(options);
        Diagnostics diagnostics = planned.diagnostics();
        if (diagnostics.hasErrors()) return new Built(diagnostics, 0, 0, 0, false, planned.compliance());
        Path layouts = options.content().resolve("layouts");
        Templates templates = new Templates(options.theme(), layouts);
        Set<Diagnostic> problems = ConcurrentHashMap.newKeySet();
        try (SiteWriter writer = SiteWriter.open(options.out())) {
            long bytes = planned.pages().parallelStream().mapToLong(page -> {
                try {
                    byte[] file = page.isTemplated()
                            ? templates.render(page.template(), page.model()).getBytes(StandardCharsets.UTF_8)
                            : page.body().get();
                    writer.write(page.path(), file);
                    return file.length;
                } catch (Templates.TemplateProblem p) {
                    problems.add(p.diagnostic()); // one broken template fails many pages the same way: report it once
                    return 0;
                }
            }).sum();
            diagnostics.addAll(List.copyOf(problems));
            if (diagnostics.hasErrors()) return new Built(diagnostics, 0, 0, 0, false, planned.compliance());
            int assets = copyStatic(options.theme().resolve("static"), writer) + copyStatic(layouts.resolve("static"), writer);
            writer.commit();
            return new Built(diagnostics, planned.pages().size(), planned.pages().size() + assets, bytes, true, planned.compliance());
        } catch (UncheckedIOException e) {
            diagnostics.add(Diagnostic.error("WRITE", SourcePosition.wholeFile(options.out().toString()),
                    "Không ghi được trang: " + e.getCause().getMessage(), "Kiểm tra quyền ghi và dung lượng đĩa."));
            return new Built(diagnostics, 0, 0, 0, false, planned.compliance());
        }
    }

    /** Copies a theme's (or the portal's override) static files under assets/; later copies replace earlier ones. */
    private static int copyStatic(Path dir, SiteWriter writer) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> list = files.filter(Files::isRegularFile).sorted().toList();
            for (Path f : list) writer.write("assets/" + dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            return list.size();
        }
    }
}
