package vn.dxportal.site;

import vn.dxportal.diag.Diagnostic;
import vn.dxportal.metrics.Derived;
import vn.dxportal.model.Portal;
import vn.dxportal.model.Unit;
import vn.dxportal.render.Helpers;
import vn.dxportal.rules.Compliance;

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

    /** Options that change what is planned: the public base URL (may be null) and the build date (null unless SOURCE_DATE_EPOCH). */
    public record Options(String baseUrl, String buildDate) {}

    private final Derived derived;
    private final List<Diagnostic> findings;
    private final Options options;
    private final Compliance compliance;
    private final Map<String, List<Unit>> children = new LinkedHashMap<>();
    private final List<Page> pages = new ArrayList<>();
    private final String contentDate;

    PlanContext(Derived derived, List<Diagnostic> findings, Options options, Compliance compliance) {
        this.derived = derived;
        this.findings = findings;
        this.options = options;
        this.compliance = compliance;
        this.contentDate = ContentDate.latest(derived.portal());
        for (Unit u : derived.portal().units()) {
            if (u.info().parent() != null) children.computeIfAbsent(u.info().parent(), k -> new ArrayList<>()).add(u);
        }
    }

    public Derived derived() { return derived; }

    public Portal portal() { return derived.portal(); }

    public List<Diagnostic> findings() { return findings; }

    public Options options() { return options; }

    /** The portal's public address: --base-url when given, else site.yaml's base_url; null when neither is set. */
    public String baseUrl() {
        String given = options.baseUrl();
        return given != null && !given.isBlank() ? given : portal().site().baseUrl();
    }

    /** The portal-content rules' outcome (empty when no rule set was applied). */
    public Compliance compliance() { return compliance; }

    public List<Unit> childrenOf(String slug) { return children.getOrDefault(slug, List.of()); }

    /** Units without a parent in this portal: the top of the unit tree. */
    public List<Unit> roots() {
        Map<String, Unit> bySlug = portal().unitsBySlug();
        return portal().units().stream().filter(u -> u.info().parent() == null || !bySlug.containsKey(u.info().parent())).toList();
    }

    /** Adds a Vietnamese templated page (the portal's default language). */
    public void add(String path, String template, String title, Set<String> dependsOn, Map<String, Object> data) {
        add("vi", path, template, title, dependsOn, data);
    }

    /**
     * Adds a templated page in {@code lang}; every template also receives site, fmt, urls (relative to this
     * page), pageTitle, pagePath, lang (which picks the interface strings t("key") returns), buildDate, baseUrl
     * and contentDate (the newest date in the content, the page date of last resort for metadata).
     */
    public void add(String lang, String path, String template, String title, Set<String> dependsOn, Map<String, Object> data) {
        Map<String, Object> model = new HashMap<>(data);
        model.put("lang", lang);
        model.put("site", portal().site());
        model.put("fmt", HELPERS);
        model.put("urls", new Urls(path));
        model.put("pageTitle", title);
        model.put("pagePath", path);
        model.put("buildDate", options.buildDate());
        model.put("contentDate", contentDate);
        model.put("baseUrl", baseUrl());
        pages.add(new Page(path, template, title, model, dependsOn, null));
    }

    /** Adds a data file (CSV, JSON, XML) made by {@code body} when the site is written. */
    public void addData(String path, Set<String> dependsOn, Supplier<byte[]> body) {
        pages.add(Page.data(path, dependsOn, body));
    }

    List<Page> pages() { return List.copyOf(pages); }
}
