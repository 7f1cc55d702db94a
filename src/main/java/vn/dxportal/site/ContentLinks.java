package vn.dxportal.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown links between content files: {@code [báo cáo 2022](../../lam-thao/periods/2022.md)} written in a post is
 * the link an editor can follow in their editor and on GitHub; on the portal it must lead to the page that file
 * becomes. This is the one place that says which content file becomes which page; {@code check} uses it to report
 * a broken link, and the renderer to rewrite a good one.
 */
public final class ContentLinks {
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final Pattern PERIOD = Pattern.compile("units/([a-z0-9-]+)/periods/([0-9]{4}(?:-(?:h1|h2|q1|q2|q3|q4|9m))?)\\.(?:md|yaml)");
    private static final Pattern POST = Pattern.compile("units/([a-z0-9-]+)/news/([a-z0-9-]+?)(\\.en)?\\.md");
    private static final Pattern UNIT = Pattern.compile("units/([a-z0-9-]+)/unit\\.yaml");
    private static final Pattern DOCUMENTS = Pattern.compile("units/([a-z0-9-]+)/documents\\.yaml");

    private ContentLinks() {}

    /** A link destination that names a content file: relative, no scheme, its path ending in .md, .yaml or .yml. */
    public static boolean isContentLink(String destination) {
        if (destination == null || destination.isEmpty() || destination.startsWith("#") || destination.startsWith("/")) return false;
        if (SCHEME.matcher(destination).matches()) return false;
        String path = pathOf(destination).toLowerCase();
        return path.endsWith(".md") || path.endsWith(".yaml") || path.endsWith(".yml");
    }

    /**
     * The content-relative file a link in {@code fromFile} (content-relative, e.g. {@code units/a/news/x.md}) names,
     * or null when it climbs out of the content folder.
     */
    public static String targetFile(String fromFile, String destination) {
        List<String> parts = new ArrayList<>(List.of(fromFile.split("/")));
        parts.remove(parts.size() - 1);
        for (String seg : URLDecoder.decode(pathOf(destination).replace("+", "%2B"), StandardCharsets.UTF_8).split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.remove(parts.size() - 1);
            } else {
                parts.add(seg);
            }
        }
        return String.join("/", parts);
    }

    /** The page a content file becomes (a path from the site root), or null when it becomes none. */
    public static String pageOf(String contentFile) {
        Matcher m;
        if ((m = PERIOD.matcher(contentFile)).matches()) return Urls.periodPath(m.group(1), m.group(2));
        if ((m = POST.matcher(contentFile)).matches()) {
            String page = Urls.postPath(m.group(1), m.group(2));
            return m.group(3) != null ? Urls.enPath(page) : page;
        }
        if ((m = UNIT.matcher(contentFile)).matches()) return Urls.unitPath(m.group(1));
        if ((m = DOCUMENTS.matcher(contentFile)).matches()) return Urls.unitDocumentsPath(m.group(1));
        if (contentFile.equals("indicators.yaml")) return Urls.indicatorsPath();
        if (contentFile.equals("site.yaml")) return Urls.homePath();
        return null;
    }

    /**
     * The href a content link gets on the page at {@code pagePath}; any other destination is returned unchanged.
     * A link {@code check} would report is also left as written (the build stops before rendering anyway).
     */
    public static String rewrite(String fromFile, String pagePath, String destination) {
        if (!isContentLink(destination)) return destination;
        String target = targetFile(fromFile, destination);
        String page = target == null ? null : pageOf(target);
        if (page == null) return destination;
        int hash = destination.indexOf('#');
        return new Urls(pagePath).rel(page) + (hash >= 0 ? destination.substring(hash) : "");
    }

    private static String pathOf(String destination) {
        int cut = destination.length();
        for (char c : new char[]{'#', '?'}) {
            int i = destination.indexOf(c);
            if (i >= 0 && i < cut) cut = i;
        }
        return destination.substring(0, cut);
    }
}
