package vn.dxportal.site;

/**
 * The portal's URL scheme and relative links from one page to another. Every internal link is relative and
 * names {@code index.html} explicitly, so the site works from any host, any sub-path and from {@code file://}.
 */
public final class Urls {
    private final String from;

    /** @param pagePath the output path of the page links are made from, e.g. {@code don-vi/lam-thao/index.html} */
    public Urls(String pagePath) { this.from = pagePath; }

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
    public static String documentsPath() { return "van-ban/index.html"; }
    public static String dataPath() { return "du-lieu/index.html"; }
    /** An open-data file: du-lieu/toan-cong.csv, du-lieu/don-vi/lam-thao.json, du-lieu/chi-tieu/<id>.csv. */
    public static String dataFilePath(String name, String extension) { return "du-lieu/" + name + "." + extension; }
    public static String aboutPath() { return "gioi-thieu/index.html"; }
    public static String unitAboutPath(String slug) { return "don-vi/" + slug + "/gioi-thieu/index.html"; }
    /** The English version of a page lives at the same path under en/. */
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
            case "trang-chu" -> homePath();
            default -> null;
        };
    }

    public String home() { return rel(homePath()); }
    public String units() { return rel(unitsPath()); }
    public String unit(String slug) { return rel(unitPath(slug)); }
    public String period(String slug, String period) { return rel(periodPath(slug, period)); }
    public String indicators() { return rel(indicatorsPath()); }
    public String indicator(String id) { return rel(indicatorPath(id)); }
    public String periods() { return rel(periodsPath()); }
    public String quality() { return rel(qualityPath()); }
    public String news() { return rel(newsPath()); }
    public String post(String unit, String slug) { return rel(postPath(unit, slug)); }
    public String documents() { return rel(documentsPath()); }
    public String data() { return rel(dataPath()); }
    public String unitData(String slug, String extension) { return rel(dataFilePath("don-vi/" + slug, extension)); }
    public String indicatorData(String id, String extension) { return rel(dataFilePath("chi-tieu/" + id, extension)); }
    public String asset(String name) { return rel("assets/" + name); }
    public String about() { return rel(aboutPath()); }
    public String aboutEn() { return rel(enPath(aboutPath())); }
    public String unitAbout(String slug) { return rel(unitAboutPath(slug)); }
    public String unitAboutEn(String slug) { return rel(enPath(unitAboutPath(slug))); }
    public String services() { return rel(servicesPath()); }
    public String qaIndex() { return rel(qaIndexPath()); }
    public String unitQa(String slug) { return rel(unitQaPath(slug)); }
    public String accessIndex() { return rel(accessIndexPath()); }
    public String unitAccess(String slug) { return rel(unitAccessPath(slug)); }
    public String compliance() { return rel(compliancePath()); }
    public String unitCompliance(String slug) { return rel(unitCompliancePath(slug)); }
    public String sitemapPage() { return rel(sitemapPagePath()); }
    public String siteFile(String ref) { return rel(encode(siteFilePath(ref))); }
    public String unitFile(String slug, String ref) { return rel(encode(unitFilePath(slug, ref))); }

    /** The page where a rule's subject is shown (a dich-vu-cong link jumps to the unit's section), or null. */
    public String rulePage(String page, String slug) {
        String unit = slug == null || slug.isEmpty() ? null : slug; // templates pass "" for the portal
        String path = rulePagePath(page, unit);
        if (path == null) return null;
        return rel(path) + ("dich-vu-cong".equals(page) && unit != null ? "#" + unit : "");
    }

    /** Content file names may hold spaces or Vietnamese letters: percent-encode each segment of the link. */
    private static String encode(String path) {
        return java.util.Arrays.stream(path.split("/", -1))
                .map(s -> java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(java.util.stream.Collectors.joining("/"));
    }

    /** A link from this page to {@code target} (a path from the site root). */
    public String rel(String target) {
        int depth = 0;
        for (int i = 0; i < from.length(); i++) if (from.charAt(i) == '/') depth++;
        return "../".repeat(depth) + target;
    }

    /** This page's path from the site root. */
    public String self() { return from; }
}
