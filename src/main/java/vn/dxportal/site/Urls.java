package vn.dxportal.site;

import java.util.function.Predicate;

/**
 * The portal's URL scheme and relative links from one page to another. Every internal link is relative and
 * names {@code index.html} explicitly, so the site works from any host, any sub-path and from {@code file://}.
 * On a page in a second language ({@code en/...}) a link goes to the same language's version of the target when
 * there is one, and to the Vietnamese page otherwise.
 */
public final class Urls {
    private final String from;
    private final String prefix;
    private final Predicate<String> exists;
    private final String absoluteBase;

    /** @param pagePath the output path of the page links are made from, e.g. {@code don-vi/lam-thao/index.html} */
    public Urls(String pagePath) { this(pagePath, "", p -> false, null); }

    /**
     * @param prefix       the language prefix of the page ("" or "en/")
     * @param exists       whether a page is planned at an output path (to prefer same-language targets)
     * @param absoluteBase when not null, links are absolute from this base (for the 404 page, served at any URL)
     */
    Urls(String pagePath, String prefix, Predicate<String> exists, String absoluteBase) {
        this.from = pagePath;
        this.prefix = prefix;
        this.exists = exists;
        this.absoluteBase = absoluteBase;
    }

    /**
     * Two Urls are equal when they link from the same page with the same language prefix and base. The set of
     * planned pages behind {@code exists} is not compared: a caller that compares page models between two plans
     * (the live preview's incremental build) must treat a change of that set itself.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Urls u && from.equals(u.from) && prefix.equals(u.prefix) && java.util.Objects.equals(absoluteBase, u.absoluteBase);
    }

    @Override
    public int hashCode() { return from.hashCode(); }

    public static String homePath() { return "index.html"; }
    public static String unitsPath() { return "don-vi/index.html"; }
    public static String unitPath(String slug) { return "don-vi/" + slug + "/index.html"; }
    public static String periodPath(String slug, String period) { return "don-vi/" + slug + "/" + period + "/index.html"; }
    public static String indicatorsPath() { return "chi-tieu/index.html"; }
    public static String indicatorPath(String id) { return "chi-tieu/" + id + "/index.html"; }
    public static String periodsPath() { return "ky-bao-cao/index.html"; }
    public static String qualityPath() { return "chat-luong-du-lieu/index.html"; }
    public static String newsPath() { return "tin-tuc/index.html"; }
    public static String postPath(String unit, String slug) { return "tin-tuc/" + unit + "/" + slug + "/index.html"; }
    /** A unit's own news list: inside the unit's section, so it can never collide with a post's path. */
    public static String unitNewsPath(String unit) { return "don-vi/" + unit + "/tin-tuc/index.html"; }
    public static String categoriesPath() { return "tin-tuc/chuyen-muc/index.html"; }
    public static String categoryPath(String slug) { return "tin-tuc/chuyen-muc/" + slug + "/index.html"; }
    public static String tagsPath() { return "tin-tuc/tu-khoa/index.html"; }
    public static String tagPath(String slug) { return "tin-tuc/tu-khoa/" + slug + "/index.html"; }
    /** The portal's Atom feed (absolute links: only made when the base URL is known). */
    public static String feedPath() { return "tin-tuc/atom.xml"; }
    public static String unitFeedPath(String unit) { return "don-vi/" + unit + "/tin-tuc/atom.xml"; }
    public static String documentsPath() { return "van-ban/index.html"; }
    public static String unitDocumentsPath(String unit) { return "van-ban/" + unit + "/index.html"; }
    public static String documentPath(String unit, String id) { return "van-ban/" + unit + "/" + id + "/index.html"; }
    /**
     * Where a document's file is published: {@code van-ban/<unit>/tep/<file name>}. The one place that says so,
     * shared with the step that copies the files.
     */
    public static String documentFilePath(String unit, String file) {
        // The whole path inside the unit folder, so two files of the same name in different folders stay apart.
        return "van-ban/" + unit + "/tep/" + file.replace('\\', '/').replaceFirst("^(\\./)+", "");
    }
    public static String searchPath() { return "tim-kiem/index.html"; }
    public static String dataPath() { return "du-lieu/index.html"; }
    /** An open-data file: du-lieu/toan-cong.csv, du-lieu/don-vi/lam-thao.json, du-lieu/chi-tieu/<id>.csv. */
    public static String dataFilePath(String name, String extension) { return "du-lieu/" + name + "." + extension; }
    public static String aboutPath() { return "gioi-thieu/index.html"; }
    public static String unitAboutPath(String slug) { return "don-vi/" + slug + "/gioi-thieu/index.html"; }
    /** The English version of a page: the same path under en/ (see {@link Languages#prefix}). */
    public static String enPath(String path) { return "en/" + path; }
    public static String servicesPath() { return "dich-vu-cong/index.html"; }
    public static String qaIndexPath() { return "hoi-dap/index.html"; }
    public static String unitQaPath(String slug) { return "don-vi/" + slug + "/hoi-dap/index.html"; }
    public static String accessIndexPath() { return "tiep-can-thong-tin/index.html"; }
    public static String unitAccessPath(String slug) { return "don-vi/" + slug + "/tiep-can-thong-tin/index.html"; }
    public static String compliancePath() { return "tuan-thu/index.html"; }
    public static String unitCompliancePath(String slug) { return "don-vi/" + slug + "/tuan-thu/index.html"; }
    public static String sitemapPagePath() { return "so-do-cong/index.html"; }
    /** A file site.yaml refers to (the emblem), published as it is named under content/. */
    public static String siteFilePath(String ref) { return "tep/" + ref; }
    /** A file a unit refers to (its organisation chart), published under the unit's folder. */
    public static String unitFilePath(String slug, String ref) { return "don-vi/" + slug + "/tep/" + ref; }

    /**
     * Where the default theme shows what a rule asks for ({@code page} in a rule set), for the portal
     * ({@code slug} null) or one unit; null for a key the theme does not know.
     */
    public static String rulePagePath(String page, String slug) {
        if (page == null) return null;
        return switch (page) {
            case "gioi-thieu" -> slug == null ? aboutPath() : unitAboutPath(slug);
            case "gioi-thieu-en" -> enPath(slug == null ? aboutPath() : unitAboutPath(slug));
            case "van-ban" -> documentsPath();
            case "dich-vu-cong" -> servicesPath();
            case "tin-tuc", "tin-bai" -> newsPath();
            case "ky-bao-cao" -> slug == null ? periodsPath() : unitPath(slug);
            case "hoi-dap" -> slug == null ? qaIndexPath() : unitQaPath(slug);
            case "tiep-can-thong-tin" -> slug == null ? accessIndexPath() : unitAccessPath(slug);
            case "so-do-cong" -> sitemapPagePath();
            case "tim-kiem" -> searchPath();
            case "trang-chu" -> homePath();
            default -> null;
        };
    }

    /** The second page of a list at {@code x/index.html} is {@code x/trang-2/index.html}, and so on. */
    public static String pageOf(String firstPage, int number) {
        if (number <= 1) return firstPage;
        return firstPage.substring(0, firstPage.length() - "index.html".length()) + "trang-" + number + "/index.html";
    }

    /** An absolute URL for a path from the site root; {@code index.html} is left off ("…/don-vi/lam-thao/"). */
    public static String absolute(String baseUrl, String path) {
        String p = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        // Trailing slashes stripped by hand: a regular expression compiled per call cost the site map 59,000 of them.
        int end = baseUrl.length();
        while (end > 0 && baseUrl.charAt(end - 1) == '/') end--;
        return baseUrl.substring(0, end) + "/" + p;
    }

    public String home() { return local(homePath()); }
    public String units() { return local(unitsPath()); }
    public String unit(String slug) { return local(unitPath(slug)); }
    public String period(String slug, String period) { return local(periodPath(slug, period)); }
    public String indicators() { return local(indicatorsPath()); }
    public String indicator(String id) { return local(indicatorPath(id)); }
    public String periods() { return local(periodsPath()); }
    public String quality() { return local(qualityPath()); }
    public String news() { return local(newsPath()); }
    public String post(String unit, String slug) { return local(postPath(unit, slug)); }
    public String unitNews(String unit) { return local(unitNewsPath(unit)); }
    public String categories() { return local(categoriesPath()); }
    public String category(String slug) { return local(categoryPath(slug)); }
    public String tags() { return local(tagsPath()); }
    public String tag(String slug) { return local(tagPath(slug)); }
    public String documents() { return local(documentsPath()); }
    public String unitDocuments(String unit) { return local(unitDocumentsPath(unit)); }
    public String document(String unit, String id) { return local(documentPath(unit, id)); }
    public String documentFile(String unit, String file) { return rel(documentFilePath(unit, file)); }
    public String search() { return local(searchPath()); }
    public String data() { return local(dataPath()); }
    public String unitData(String slug, String extension) { return rel(dataFilePath("don-vi/" + slug, extension)); }
    public String indicatorData(String id, String extension) { return rel(dataFilePath("chi-tieu/" + id, extension)); }
    public String asset(String name) { return rel("assets/" + name); }
    public String about() { return local(aboutPath()); }
    /** The English organisation page, from any page (the footer links it from Vietnamese pages). */
    public String aboutEn() { return rel(enPath(aboutPath())); }
    public String unitAbout(String slug) { return local(unitAboutPath(slug)); }
    public String services() { return local(servicesPath()); }
    public String qaIndex() { return local(qaIndexPath()); }
    public String unitQa(String slug) { return local(unitQaPath(slug)); }
    public String accessIndex() { return local(accessIndexPath()); }
    public String unitAccess(String slug) { return local(unitAccessPath(slug)); }
    public String compliance() { return local(compliancePath()); }
    public String unitCompliance(String slug) { return local(unitCompliancePath(slug)); }
    public String sitemapPage() { return local(sitemapPagePath()); }
    public String siteFile(String ref) { return rel(encode(siteFilePath(ref))); }
    public String unitFile(String slug, String ref) { return rel(encode(unitFilePath(slug, ref))); }

    /** The page where a rule's subject is shown (a dich-vu-cong link jumps to the unit's section), or null. */
    public String rulePage(String page, String slug) {
        String unit = slug == null || slug.isEmpty() ? null : slug; // templates pass "" for the portal
        String path = rulePagePath(page, unit);
        if (path == null) return null;
        return (path.startsWith("en/") ? rel(path) : local(path)) + ("dich-vu-cong".equals(page) && unit != null ? "#" + unit : "");
    }

    /** Content file names may hold spaces or Vietnamese letters: percent-encode each segment of the link. */
    private static String encode(String path) {
        return java.util.Arrays.stream(path.split("/", -1))
                .map(s -> java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(java.util.stream.Collectors.joining("/"));
    }

    /** The same-language version of a page when there is one, else the default-language page. */
    public String local(String target) {
        return rel(!prefix.isEmpty() && exists.test(prefix + target) ? prefix + target : target);
    }

    /** A link from this page to {@code target} (a path from the site root). */
    public String rel(String target) {
        if (absoluteBase != null) return absolute(absoluteBase, target);
        return "../".repeat(depth()) + target;
    }

    /** Whether a link made by {@link #local} from this page leaves the page's language (to mark it with hreflang). */
    public boolean isFallback(String target) {
        return !prefix.isEmpty() && !exists.test(prefix + target);
    }

    /**
     * Where this page's links start: two pages with the same context get the same link to every target (the folder
     * depth, the language prefix and the absolute base decide it), so a theme may key a cached block on it.
     */
    public String linkContext() {
        return depth() + "|" + prefix + "|" + (absoluteBase == null ? "" : absoluteBase);
    }

    /** How many folders down from the site root this page is. */
    private int depth() {
        int depth = 0;
        for (int i = 0; i < from.length(); i++) if (from.charAt(i) == '/') depth++;
        return depth;
    }

    /** This page's path from the site root. */
    public String self() { return from; }
}
