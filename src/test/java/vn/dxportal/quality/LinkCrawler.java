package vn.dxportal.quality;

import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crawls a portal over HTTP from one page, following every internal link and asset (href, src, srcset, CSS
 * url()), as a visitor's browser would on whatever host and folder the portal is published under. It reports
 * what a visitor would hit: a missing page or asset, a link that climbs out of the portal's folder (a root-absolute
 * link works only when the portal is at the root of its host), a link to a folder (works on a web server, not
 * from file://), a #fragment with no such id, and assets loaded from another host. Links to other sites are
 * not followed: the gates never send a request off this machine.
 */
final class LinkCrawler {
    /** What the crawl found. {@code pages} are the HTML pages reached. */
    record Result(Set<URI> pages, Set<URI> assets, List<String> problems) {}

    private static final Set<String> ASSET_RELS = Set.of("stylesheet", "icon", "preload", "modulepreload", "manifest", "apple-touch-icon");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authority;
    private final String folder;
    private final Map<URI, String> firstReferrer = new LinkedHashMap<>();
    private final Map<URI, Set<String>> idsByPage = new HashMap<>();
    private final List<String[]> fragmentLinks = new ArrayList<>(); // {from, target page, fragment}
    private final Set<URI> pages = new TreeSet<>();
    private final Set<URI> assets = new TreeSet<>();
    private final List<String> problems = new ArrayList<>();

    private LinkCrawler(URI start) {
        this.authority = start.getRawAuthority();
        this.folder = start.getRawPath().substring(0, start.getRawPath().lastIndexOf('/') + 1);
    }

    /** Crawls everything reachable from {@code start} inside its folder, e.g. from {@code /cong-thong-tin/index.html}. */
    static Result crawl(URI start) throws IOException, InterruptedException {
        return new LinkCrawler(start).run(start);
    }

    private Result run(URI start) throws IOException, InterruptedException {
        Deque<URI> queue = new ArrayDeque<>();
        queue.add(start);
        firstReferrer.put(start, "(start)");
        Set<URI> seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            URI url = queue.poll();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                problems.add(firstReferrer.get(url) + " → " + url.getRawPath() + ": HTTP " + response.statusCode());
                continue;
            }
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            List<Link> links;
            if (type.startsWith("text/html")) {
                pages.add(url);
                links = htmlLinks(url, response.body());
            } else {
                assets.add(url);
                links = type.startsWith("text/css") ? cssLinks(new String(response.body(), StandardCharsets.UTF_8)) : List.of();
            }
            for (Link link : links) {
                URI target = resolve(url, link);
                if (target != null && seen.add(target)) {
                    firstReferrer.put(target, url.getRawPath());
                    queue.add(target);
                }
            }
        }
        for (String[] f : fragmentLinks) {
            Set<String> ids = idsByPage.get(URI.create(f[1]));
            if (ids != null && !ids.contains(f[2])) problems.add(f[0] + " → " + URI.create(f[1]).getRawPath() + "#" + f[2] + ": no element with that id");
        }
        return new Result(pages, assets, problems);
    }

    private record Link(String value, boolean asset) {}

    /** Resolves a link found on {@code from}; returns what to fetch, or null when there is nothing to fetch. */
    private URI resolve(URI from, Link link) {
        String value = link.value().trim();
        if (value.isEmpty()) return null;
        URI target;
        try {
            target = from.resolve(value);
        } catch (IllegalArgumentException e) {
            problems.add(from.getRawPath() + " → \"" + value + "\": not a valid URL");
            return null;
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("data")) return null;
        if (!scheme.equals("http") && !scheme.equals("https")) {
            if (link.asset()) problems.add(from.getRawPath() + " loads \"" + value + "\": assets must be plain relative files");
            return null; // mailto:, tel: and the like are for the visitor's own programs
        }
        if (!authority.equals(target.getRawAuthority())) {
            if (link.asset()) problems.add(from.getRawPath() + " loads an asset from another host: " + target);
            return null; // links to other sites are fine, and never followed from here
        }
        String path = target.getRawPath();
        if (!path.startsWith(folder)) {
            problems.add(from.getRawPath() + " → \"" + value + "\" leaves the portal's folder " + folder + " (resolves to " + path + ")");
            return null;
        }
        if (path.endsWith("/")) {
            problems.add(from.getRawPath() + " → \"" + value + "\" names a folder: it breaks from file://, link to …/index.html");
        }
        URI page = URI.create(target.getScheme() + "://" + target.getRawAuthority() + path);
        if (target.getRawFragment() != null && !target.getRawFragment().isEmpty()) {
            fragmentLinks.add(new String[]{from.getRawPath(), page.toString(), decode(target.getRawFragment())});
        }
        return page;
    }

    private List<Link> htmlLinks(URI url, byte[] body) throws IOException {
        Document doc;
        try {
            HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALLOW);
            InputSource source = new InputSource(new ByteArrayInputStream(body));
            source.setEncoding("UTF-8");
            doc = builder.parse(source);
        } catch (org.xml.sax.SAXException e) {
            problems.add(url.getRawPath() + ": unparseable HTML: " + e.getMessage());
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String tag = e.getLocalName().toLowerCase(Locale.ROOT);
            if (e.hasAttribute("id")) ids.add(e.getAttribute("id"));
            if (tag.equals("a") && e.hasAttribute("name")) ids.add(e.getAttribute("name"));
            switch (tag) {
                case "a", "area" -> addIf(links, e, "href", false);
                case "link" -> {
                    boolean asset = false;
                    for (String rel : e.getAttribute("rel").toLowerCase(Locale.ROOT).split("\\s+")) asset |= ASSET_RELS.contains(rel);
                    // canonical and alternate name the published address (absolute by design): not a request
                    if (asset) addIf(links, e, "href", true);
                }
                case "img", "script", "iframe", "source", "audio", "video", "track", "embed", "input" -> {
                    addIf(links, e, "src", true);
                    if (e.hasAttribute("srcset")) {
                        for (String candidate : e.getAttribute("srcset").split(",")) {
                            String u = candidate.trim().split("\\s+")[0];
                            if (!u.isEmpty()) links.add(new Link(u, true));
                        }
                    }
                    addIf(links, e, "poster", true);
                }
                case "object" -> addIf(links, e, "data", true);
                default -> { }
            }
            if (e.hasAttribute("style")) links.addAll(cssLinks(e.getAttribute("style")));
            if (tag.equals("style")) links.addAll(cssLinks(e.getTextContent()));
        }
        idsByPage.put(url, ids);
        return links;
    }

    private static void addIf(List<Link> links, Element e, String attribute, boolean asset) {
        if (e.hasAttribute(attribute)) links.add(new Link(e.getAttribute(attribute), asset));
    }

    private static List<Link> cssLinks(String css) {
        List<Link> links = new ArrayList<>();
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) links.add(new Link(m.group(1) != null ? m.group(1) : m.group(2), true));
        return links;
    }

    private static String decode(String fragment) {
        return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
