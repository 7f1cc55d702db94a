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

    /** A link from this page to {@code target} (a path from the site root). */
    public String rel(String target) {
        int depth = 0;
        for (int i = 0; i < from.length(); i++) if (from.charAt(i) == '/') depth++;
        return "../".repeat(depth) + target;
    }

    /** This page's path from the site root. */
    public String self() { return from; }
}
