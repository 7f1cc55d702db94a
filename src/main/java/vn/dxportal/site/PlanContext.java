package vn.dxportal.site;

import vn.dxportal.diag.Diagnostic;
import vn.dxportal.metrics.Derived;
import vn.dxportal.model.Portal;
import vn.dxportal.model.Unit;
import vn.dxportal.render.Helpers;
import vn.dxportal.rules.Compliance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** What every {@link PageSet} plans from, and where it adds its pages. */
public final class PlanContext {
    static final Helpers HELPERS = new Helpers();
    /** Vietnam keeps UTC+7 all year: "today" and "dated in the future" are reckoned on the Vietnamese calendar. */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    /**
     * Options that change what is planned: the public base URL (null when unknown: no feeds, sitemap or canonical
     * links), the date shown in the footer (null unless SOURCE_DATE_EPOCH), the build date that decides which posts
     * are "in the future", and whether drafts and future posts are published anyway. {@code searchIndexLater}: the
     * search index's files are left out of the plan and made by the build once the pages it reads are drawn
     * ({@link SearchIndexLater}); a plan that is not drawn all at once (check, the live preview) plans them.
     */
    public record Options(String baseUrl, String buildDate, LocalDate today, boolean drafts, boolean future, boolean searchIndexLater) {
        public Options(String baseUrl, String buildDate) {
            this(baseUrl, buildDate, null, false, false);
        }

        public Options(String baseUrl, String buildDate, LocalDate today, boolean drafts, boolean future) {
            this(baseUrl, buildDate, today, drafts, future, false);
        }

        public Options {
            if (baseUrl != null) baseUrl = baseUrl.isBlank() ? null : baseUrl.replaceAll("/+$", "");
            if (today == null) today = LocalDate.now(VIETNAM);
        }
    }

    private final Derived derived;
    private final List<Diagnostic> findings;
    private final Options options;
    private final Compliance compliance;
    private final Map<String, List<Unit>> children = new LinkedHashMap<>();
    private final List<Page> pages = new ArrayList<>();
    /** The pages planned anew, not taken from a last plan ({@link #keep}), in plan order. */
    private final List<Page> fresh = new ArrayList<>();
    private final String contentDate;
    /** Every planned output path, shared by the parts of a plan (families plan in parallel). */
    private final Paths paths;
    private final List<String> notes = new ArrayList<>();
    /** The search index a cold build makes after drawing the pages it reads ({@link Options#searchIndexLater}), or null. */
    private SearchIndexLater searchIndexLater;
    private final Languages languages;
    private final Map<String, Unit> unitsBySlug;
    private final Publication publication;
    /** The whole plan this context is a part of (itself for the whole). */
    private final PlanContext whole;

    PlanContext(Derived derived, List<Diagnostic> findings, Options options) {
        this(derived, findings, options, Compliance.none());
    }

    PlanContext(Derived derived, List<Diagnostic> findings, Options options, Compliance compliance) {
        this.derived = derived;
        this.findings = findings;
        this.options = options;
        this.compliance = compliance;
        // Interned: the same date is the same object in the next plan, an input of the pages it keeps (addGroup).
        String latest = ContentDate.latest(derived.portal());
        this.contentDate = latest == null ? null : latest.intern();
        this.languages = new Languages(derived.portal().site().languages());
        this.unitsBySlug = java.util.Collections.unmodifiableMap(derived.portal().unitsBySlug());
        this.publication = Publication.of(derived.portal(), options);
        this.paths = new Paths();
        this.whole = this;
        for (Unit u : derived.portal().units()) {
            if (u.info().parent() != null) children.computeIfAbsent(u.info().parent(), k -> new ArrayList<>()).add(u);
        }
    }

    /** A part of this plan for one page family: it shares everything read-only and the planned paths, and keeps its own pages and notes. */
    private PlanContext(PlanContext whole) {
        this.derived = whole.derived;
        this.findings = whole.findings;
        this.options = whole.options;
        this.compliance = whole.compliance;
        this.children.putAll(whole.children);
        this.contentDate = whole.contentDate;
        this.languages = whole.languages;
        this.unitsBySlug = whole.unitsBySlug;
        this.publication = whole.publication;
        this.paths = whole.paths;
        this.whole = whole;
    }

    /** A part in which one page family plans, on a thread of its own; {@link #join} adds its pages back. */
    PlanContext part() { return new PlanContext(this); }

    /**
     * Takes into this part pages planned earlier, as they are, with their family's notes ({@link Planner#replan}):
     * their paths were {@link #reserve reserved} in the whole plan.
     */
    void keep(List<Page> earlier, List<String> earlierNotes) {
        pages.addAll(earlier);
        notes.addAll(earlierNotes);
    }

    /**
     * Takes into this part pages planned earlier, as they are, like {@link #keep}, whose paths were not reserved
     * before planning (the families that list every page, kept once all the others have planned): their paths are
     * marked as planned now.
     */
    void keepUnreserved(List<Page> earlier, List<String> earlierNotes) {
        for (Page p : earlier) paths.reuse(p.path());
        keep(earlier, earlierNotes);
    }

    /**
     * Plans a group of pages with {@code make}. In a plan that keeps pages of the last one (the live preview's figure
     * edit, {@link Planner#replan}), takes instead the last plan's pages of the group as they are when they were made
     * from the very same {@code inputs} (by identity, as {@link Kept}) and are still the last plan's pages: a figure
     * edit then plans again the pages of the units whose figures, sums, rankings or neighbours it changed, not the
     * 3,500 unit and period pages of a national portal. {@code make} must read nothing but {@code inputs} and what
     * stays the same between such plans: their options, site and content date (taken as inputs here), and their paths
     * (a plan whose paths are not the last plan's is made again keeping nothing).
     */
    void addGroup(String key, List<Object> inputs, Runnable make) {
        List<Object> all = new ArrayList<>(inputs.size() + 2);
        all.add(portal().site());
        all.add(contentDate);
        all.addAll(inputs);
        if (paths.lastKnown()) {
            // Null when not kept from the last plan: the pages are then made below, and told to the memo as made.
            List<Page> group = Kept.of("pages/" + key, all, () -> null);
            // Pages made in a plan that was not adopted (it failed) are not the last plan's: made again.
            if (group != null && group.stream().allMatch(p -> paths.lastPage(p.path()) == p)) {
                for (Page p : group) paths.reuse(p.path());
                pages.addAll(group);
                return;
            }
        }
        int before = pages.size();
        make.run();
        Kept.made("pages/" + key, all, () -> List.copyOf(pages.subList(before, pages.size())));
    }

    /**
     * Marks the paths of pages kept from a last plan as planned, before any family plans, so that links to them
     * resolve; {@code lastPage} gives each page of the last plan by its path (until {@link #finish}). One set, not
     * copied: a figure edit keeps some 55,000 pages, and adding their paths to this plan's own set one by one showed
     * in its profile.
     */
    void reserve(Set<String> keptPaths, java.util.function.Function<String, Page> lastPage) {
        paths.kept = keptPaths;
        paths.last = lastPage;
    }

    /**
     * The output paths of a plan: those of the pages kept from a last plan (fixed before planning starts) and
     * those planned now, which the families planning in parallel add to.
     */
    private static final class Paths {
        private static final java.util.function.Function<String, Page> NONE = path -> null;
        private Set<String> kept = Set.of();
        private java.util.function.Function<String, Page> last = NONE;
        private final Set<String> planned = java.util.concurrent.ConcurrentHashMap.newKeySet();
        /** The paths of pages taken from the last plan once planning started (also among {@link #planned}). */
        private final Set<String> reused = java.util.concurrent.ConcurrentHashMap.newKeySet();

        boolean contains(String path) {
            return kept.contains(path) || planned.contains(path);
        }

        /** False when the path is taken already. */
        boolean add(String path) {
            return !kept.contains(path) && planned.add(path);
        }

        /** Marks the path of a page taken from the last plan while planning. */
        void reuse(String path) {
            if (!add(path)) throw new IllegalStateException("two pages planned at " + path);
            reused.add(path);
        }

        /** The page at this path taken as it was from the last plan, or null. */
        Page keptPage(String path) {
            return kept.contains(path) || reused.contains(path) ? last.apply(path) : null;
        }

        boolean lastKnown() {
            return last != NONE;
        }

        Page lastPage(String path) {
            return last.apply(path);
        }
    }

    /** Adds a part's pages and notes, after those of the parts joined before it. */
    void join(PlanContext part) {
        pages.addAll(part.pages);
        fresh.addAll(part.fresh);
        notes.addAll(part.notes);
        if (part.searchIndexLater != null) searchIndexLater = part.searchIndexLater;
    }

    /** Hands the plan a search index to make once the pages are drawn, instead of planning its files now. */
    void searchIndexLater(SearchIndexLater index) { searchIndexLater = index; }

    /** The search index to make once the pages are drawn, or null when its files are planned pages. */
    SearchIndexLater searchIndexLater() { return searchIndexLater; }

    public Derived derived() { return derived; }

    public Portal portal() { return derived.portal(); }

    public List<Diagnostic> findings() { return findings; }

    public Options options() { return options; }

    /** The public base URL without a trailing slash, or null: absolute URLs (feeds, sitemap, canonical) need it. */
    public String baseUrl() { return options.baseUrl(); }

    public Languages languages() { return languages; }

    /**
     * Every unit by slug, in portal order; one map for the whole plan, shared by the page models that need it (a
     * map per news list page held millions of entries at national scale).
     */
    public Map<String, Unit> unitsBySlug() { return unitsBySlug; }

    /** The posts this build publishes (drafts and future posts left out unless asked for), newest first; computed once. */
    public Publication publication() { return publication; }

    /** The portal-content rules' outcome (empty when no rule set was applied). */
    public Compliance compliance() { return compliance; }

    public List<Unit> childrenOf(String slug) { return children.getOrDefault(slug, List.of()); }

    /** Every unit's children, in portal order, by the unit's slug: a template looks them up instead of filtering all units. */
    public Map<String, List<Unit>> childrenBySlug() {
        Map<String, List<Unit>> out = new LinkedHashMap<>();
        portal().units().forEach(u -> out.put(u.slug(), childrenOf(u.slug())));
        return out;
    }

    /** Units without a parent in this portal: the top of the unit tree. */
    public List<Unit> roots() {
        Map<String, Unit> bySlug = unitsBySlug;
        return portal().units().stream().filter(u -> u.info().parent() == null || !bySlug.containsKey(u.info().parent())).toList();
    }

    /** Adds a page in the portal's default language. */
    public void add(String path, String template, String title, Set<String> dependsOn, Map<String, Object> data) {
        add(languages.defaultLanguage(), path, template, title, dependsOn, data);
    }

    /**
     * Adds a templated page in {@code lang}. {@code path} is the same for every language ("don-vi/index.html"):
     * the page is written under the language's prefix ("en/don-vi/index.html" for English; none for the default
     * language), and pages of the same path in other languages become its {@code hreflang} alternates and the
     * target of the language switch. A page in a language the portal does not list in site.yaml is not planned.
     * <p>Every template also receives site, fmt, urls (relative to this page, preferring pages in the same
     * language), pageTitle, pagePath, lang (which picks the interface strings t("key") returns), alternates,
     * languages, baseUrl, buildDate, portalFeed and contentDate (the newest date the content states, the
     * metadata date of last resort).
     */
    public void add(String lang, String path, String template, String title, Set<String> dependsOn, Map<String, Object> data) {
        if (!languages.has(lang)) return;
        String out = languages.prefix(lang) + path;
        Map<String, Object> model = new HashMap<>(data);
        model.put("lang", lang);
        model.put("site", portal().site());
        model.put("fmt", HELPERS);
        model.put("urls", new Urls(out, languages.prefix(lang), paths::contains, null));
        model.put("pageTitle", title);
        model.put("pagePath", out);
        model.put("pageKey", path);
        model.put("buildDate", options.buildDate());
        model.put("baseUrl", options.baseUrl());
        model.put("contentDate", contentDate);
        model.put("languages", languages.all());
        register(new Page(out, template, title, model, dependsOn, null));
    }

    /** Adds a data file (CSV, JSON, XML) made by {@code body} when the site is written. */
    public void addData(String path, Set<String> dependsOn, Supplier<byte[]> body) {
        register(Page.data(path, dependsOn, body));
    }

    private void register(Page page) {
        if (!paths.add(page.path())) {
            // Two page families claiming one path is a bug in the plan, not in content: fail loudly in tests.
            throw new IllegalStateException("two pages planned at " + page.path());
        }
        pages.add(page);
        fresh.add(page);
    }

    /** Whether a page (or data file) is planned at this output path. */
    public boolean has(String path) { return paths.contains(path); }

    /** A line for the build output: something the build chose not to make, and why (e.g. feeds without a base URL). */
    public void note(String message) { notes.add(message); }

    List<String> notes() { return List.copyOf(notes); }

    List<Page> pages() { return List.copyOf(pages); }

    /** Every page of the whole plan, once planning is over (e.g. when a page is rendered); a part sees the whole. */
    List<Page> allPages() { return whole.pages(); }

    /**
     * Once every page is planned: tells each page its translations and the portal feed of its language. With
     * {@code keptSettled} (the plan has the very paths of the last one) pages kept from it already know theirs, and
     * only the pages planned anew are told (a figure edit plans a few thousand of a national portal's 59,000 pages).
     */
    void finish(boolean keptSettled) {
        // A page's translations are the pages of the same key in other languages.
        Map<String, List<Page>> byKey = new LinkedHashMap<>();
        for (Page p : keptSettled ? fresh : pages) {
            if (p.isTemplated()) byKey.computeIfAbsent((String) p.model().get("pageKey"), k -> new ArrayList<>()).add(p);
        }
        // Keys in parallel: a page is told only in its key's group, and writes only its own model (a cold national
        // plan spent some 380 ms here on one thread while the other core waited).
        List.copyOf(byKey.entrySet()).parallelStream().forEach(e -> {
            List<Page> group = keptSettled ? withKeptVersions(e.getKey(), e.getValue()) : e.getValue();
            for (Page p : e.getValue()) tell(p, group);
        });
        // Every page of this plan holds its paths (its links ask them which pages exist): through the kept pages'
        // lookup they held the last plan's pages, and those the plan's before, so that a live preview kept every
        // figure edit's 5,000 planned pages until it ran out of memory.
        paths.last = Paths.NONE;
    }

    /**
     * Pages planned anew with the same key, and the kept pages of that key: a page of key K in language L can only
     * be at L's prefix + K (output paths are unique), so each is looked up there instead of among all pages.
     */
    private List<Page> withKeptVersions(String key, List<Page> planned) {
        List<Page> group = new ArrayList<>(planned);
        for (String lang : languages.all()) {
            Page kept = paths.keptPage(languages.prefix(lang) + key);
            if (kept != null && kept.isTemplated() && key.equals(kept.model().get("pageKey")) && lang.equals(kept.model().get("lang"))) {
                group.add(kept);
            }
        }
        return group;
    }

    /** Tells a page its translations (among {@code group}, the pages of its key) and its language's portal feed. */
    private void tell(Page p, List<Page> group) {
        String lang = (String) p.model().get("lang");
        Urls urls = (Urls) p.model().get("urls");
        if ("404.html".equals(p.model().get("pageKey")) && baseUrl() != null) {
            // The 404 page is served at whatever URL was missing: only absolute links work from there.
            urls = new Urls(p.path(), languages.prefix(lang), paths::contains, baseUrl());
            p.model().put("urls", urls);
        }
        List<Alternate> alternates = new ArrayList<>();
        for (String other : languages.all()) {
            String target = group.stream().filter(g -> other.equals(g.model().get("lang"))).map(Page::path).findFirst().orElse(null);
            boolean exists = target != null;
            if (!exists) target = languages.prefix(other) + Urls.homePath();
            if (!paths.contains(target)) continue; // a language with no home page: nothing to switch to
            alternates.add(new Alternate(other, languages.nativeName(other), urls.rel(target),
                    baseUrl() == null ? null : Urls.absolute(baseUrl(), target), exists, other.equals(lang)));
        }
        p.model().put("alternates", alternates);
        String feed = languages.prefix(lang) + Urls.feedPath();
        p.model().put("portalFeed", paths.contains(feed) ? urls.rel(feed) : null);
    }

    /**
     * One language version of a page, for hreflang links and the language switch. {@code exists} is false when the
     * page has no version in that language and the link goes to that language's home page instead.
     */
    public record Alternate(String lang, String label, String href, String absolute, boolean exists, boolean current) {}
}
