package vn.dxportal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import vn.dxportal.content.MarkdownFile;
import vn.dxportal.content.RawContent;
import vn.dxportal.content.YamlDocument;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Diagnostics;
import vn.dxportal.model.DocumentItem;
import vn.dxportal.model.Indicator;
import vn.dxportal.model.NewsPost;
import vn.dxportal.model.Period;
import vn.dxportal.model.PeriodData;
import vn.dxportal.model.Portal;
import vn.dxportal.model.QaFile;
import vn.dxportal.model.Site;
import vn.dxportal.model.Unit;
import vn.dxportal.model.UnitInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The validate stage: every YAML tree against its JSON Schema, then dates, references and uniqueness across
 * files. Returns the model only when there is no error, so later stages never see broken content.
 */
public final class Validator {
    private final SchemaValidator schemas = SchemaValidator.shared();
    private final CheckCache cache;

    /**
     * Keeps each file's own findings (schema and dates) between runs (the live preview's incremental build): a file
     * parsed once is the same {@link YamlDocument} object in the next run, and its findings cannot have changed.
     */
    public interface CheckCache {
        List<Diagnostic> get(YamlDocument doc, Supplier<List<Diagnostic>> check);
    }

    /**
     * Keeps each unit's model between runs (the live preview): a unit is made from its parsed files alone, so a unit
     * whose files are the very objects of an earlier run is that run's {@link Unit}. The same object, not an equal
     * one: a later comparison of two plans' pages then sees at once that an unchanged unit is the same.
     */
    public interface UnitCache {
        Unit get(RawContent.RawUnit raw, java.util.function.Function<RawContent.RawUnit, Unit> map);

        /**
         * The site settings or the indicator catalogue ({@code what}) made from the parsed file {@code from}: the
         * earlier run's very object when the file is the same object. Made anew by default.
         */
        default <T> T whole(String what, YamlDocument from, Supplier<T> make) {
            return make.get();
        }

        /**
         * A period's findings about its observations, which read that period and the indicator catalogue alone
         * ({@code check} makes them): the earlier run's when both are the very objects it had. Made anew by default.
         */
        default List<Diagnostic> periodFindings(Period period, List<Indicator> catalogue, Supplier<List<Diagnostic>> check) {
            return check.get();
        }
    }

    private final UnitCache units;

    public Validator() {
        this(null);
    }

    /** @param cache findings kept from an earlier run, or null to check every file */
    public Validator(CheckCache cache) {
        this(cache, null);
    }

    /** @param units units kept from an earlier run, or null to make every unit */
    public Validator(CheckCache cache, UnitCache units) {
        this.cache = cache;
        this.units = units;
    }

    public Portal validate(RawContent raw, Diagnostics diagnostics) {
        if (raw == null || raw.site() == null || raw.indicators() == null) return null;
        List<Diagnostic> found = new ArrayList<>();
        check(SchemaKind.SITE, raw.site(), found);
        check(SchemaKind.INDICATORS, raw.indicators(), found);
        // Each unit's files are checked on their own, so units are checked in parallel (a national portal has
        // thousands of files); toList() keeps the units' order, so the findings come out the same every run.
        // The links of every narrative and post are checked beside the files' own checks: they read other things.
        java.util.concurrent.CompletableFuture<List<Diagnostic>> links = java.util.concurrent.CompletableFuture.supplyAsync(() -> LinkChecker.check(raw));
        raw.units().parallelStream().map(this::checkUnit).toList().forEach(found::addAll);
        found.addAll(links.join());
        diagnostics.addAll(found);
        if (diagnostics.hasErrors() || hasMissingFiles(raw)) return null;

        Portal portal = map(raw);
        new ReferenceChecker(raw, portal, diagnostics, units).run();
        return diagnostics.hasErrors() ? null : portal;
    }

    private List<Diagnostic> checkUnit(RawContent.RawUnit u) {
        List<Diagnostic> found = new ArrayList<>();
        check(SchemaKind.UNIT, u.unit(), found);
        check(SchemaKind.DOCUMENTS, u.documents(), found);
        check(SchemaKind.QA, u.qa(), found);
        for (RawContent.RawPeriod p : u.periods()) {
            check(SchemaKind.PERIOD, p.data(), found);
            if (p.narrative() != null) check(SchemaKind.NARRATIVE, p.narrative().frontMatter(), found);
        }
        for (MarkdownFile post : u.news()) check(SchemaKind.NEWS, post.frontMatter(), found);
        for (MarkdownFile t : u.translations()) check(SchemaKind.NEWS_TRANSLATION, t.frontMatter(), found);
        return found;
    }

    private void check(SchemaKind kind, YamlDocument doc, List<Diagnostic> found) {
        if (doc == null) return;
        Supplier<List<Diagnostic>> check = () -> {
            List<Diagnostic> own = new ArrayList<>(schemas.validate(kind, doc));
            own.addAll(Dates.check(doc));
            own.addAll(UrlSchemes.check(doc));
            return own;
        };
        found.addAll(cache == null ? check.get() : cache.get(doc, check));
    }

    private static boolean hasMissingFiles(RawContent raw) {
        return raw.units().stream().anyMatch(u -> u.unit() == null || u.periods().stream().anyMatch(p -> p.data() == null));
    }

    private Portal map(RawContent raw) {
        // Kept by identity in the preview like the units: every page holds the catalogue's indicators, and an equal
        // but new catalogue made each comparison of a figure edit's pages walk some 275,000 indicator records.
        Site site = units == null ? mapSite(raw) : units.whole("site", raw.site(), () -> mapSite(raw));
        List<Indicator> indicators = units == null ? mapIndicators(raw) : units.whole("indicators", raw.indicators(), () -> mapIndicators(raw));
        List<Unit> mapped = raw.units().parallelStream().map(u -> units == null ? mapUnit(u) : units.get(u, Validator::mapUnit))
                .sorted(Comparator.comparing(Unit::slug)).toList();
        return new Portal(site, indicators, mapped, raw.root());
    }

    private static Site mapSite(RawContent raw) {
        return ModelMapper.map(raw.site().root(), Site.class);
    }

    private static List<Indicator> mapIndicators(RawContent raw) {
        List<Indicator> indicators = new ArrayList<>();
        raw.indicators().root().path("indicators").forEach(n -> indicators.add(ModelMapper.map(n, Indicator.class)));
        return List.copyOf(indicators);
    }

    private static Unit mapUnit(RawContent.RawUnit u) {
        UnitInfo info = ModelMapper.map(u.unit().root(), UnitInfo.class);
        List<Period> periods = u.periods().stream()
                .map(p -> new Period(p.id(), u.slug(), ModelMapper.map(p.data().root(), PeriodData.class),
                        p.narrative() == null ? null : p.narrative().body(),
                        p.narrative() == null ? null : p.narrative().file(), p.data().withoutTree()))
                .sorted(Comparator.comparing(Period::id))
                .toList();
        List<DocumentItem> documents = new ArrayList<>();
        if (u.documents() != null) u.documents().root().path("documents").forEach(n -> documents.add(ModelMapper.map(n, DocumentItem.class)));
        Map<String, Map<String, NewsPost.Translation>> translations = new HashMap<>();
        for (MarkdownFile t : u.translations()) {
            String name = t.file().substring(t.file().lastIndexOf('/') + 1);
            String slug = name.substring(0, name.length() - ".en.md".length());
            ModelMapper.TranslationFront f = ModelMapper.map(t.frontMatter().root(), ModelMapper.TranslationFront.class);
            translations.computeIfAbsent(slug, k -> new HashMap<>()).put("en", new NewsPost.Translation(f.title(), f.author(), f.source(),
                    f.category(), f.tags(), f.summary(), f.imageAlt(), t.body(), t.file()));
        }
        List<NewsPost> news = u.news().stream().map(f -> mapPost(u.slug(), f, translations)).filter(Objects::nonNull)
                .sorted(Comparator.comparing(NewsPost::date).reversed().thenComparing(NewsPost::slug)).toList();
        QaFile qa = u.qa() == null ? null : ModelMapper.map(u.qa().root(), QaFile.class);
        return new Unit(u.slug(), info, periods, List.copyOf(documents), news, qa);
    }

    private static NewsPost mapPost(String unitSlug, MarkdownFile f, Map<String, Map<String, NewsPost.Translation>> translations) {
        JsonNode fm = f.frontMatter().root();
        ModelMapper.NewsFront front = ModelMapper.map(fm, ModelMapper.NewsFront.class);
        String name = f.file().substring(f.file().lastIndexOf('/') + 1);
        String slug = name.substring(0, name.length() - 3);
        return new NewsPost(slug, unitSlug, front.title(), front.date(), front.author(), front.source(), front.category(),
                front.tags(), front.summary(), front.image(), Boolean.TRUE.equals(front.draft()), front.period(), f.body(), f.file(),
                translations.getOrDefault(slug, Map.of()));
    }
}
