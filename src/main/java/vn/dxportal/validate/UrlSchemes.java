package vn.dxportal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import vn.dxportal.content.YamlDocument;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Msg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every link written in YAML or front matter ({@code url:} keys: footer links, public services, feedback channels,
 * documents…) becomes an {@code href}. Freemarker escapes it as HTML, but escaping does not stop a
 * {@code javascript:} URL from running when clicked, so a link must be http(s), mailto, tel or a relative address.
 */
final class UrlSchemes {
    private static final Set<String> URL_KEYS = Set.of("url", "base_url");
    private static final Set<String> SAFE = Set.of("http", "https", "mailto", "tel");
    /** A scheme as browsers read one: letters first, up to the first colon, before any / ? or #. */
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    /** Browsers ignore ASCII whitespace and control characters inside a URL's scheme ("java\tscript:" runs). */
    private static final Pattern IGNORED = Pattern.compile("[\\x00-\\x20\\x7f]");

    private UrlSchemes() {}

    static List<Diagnostic> check(YamlDocument doc) {
        List<Diagnostic> out = new ArrayList<>();
        walk(doc, doc.root(), "", out);
        return out;
    }

    /** The scheme a browser would see in {@code url}, lower-case, or null for a relative address. */
    static String scheme(String url) {
        Matcher m = SCHEME.matcher(IGNORED.matcher(url).replaceAll(""));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static void walk(YamlDocument doc, JsonNode node, String pointer, List<Diagnostic> out) {
        if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                if (URL_KEYS.contains(e.getKey()) && e.getValue().isTextual()) {
                    String scheme = scheme(e.getValue().asText());
                    if (scheme != null && !SAFE.contains(scheme)) {
                        out.add(Diagnostic.error(Msg.UNSAFE_URL, doc.at(child), scheme));
                    }
                } else {
                    walk(doc, e.getValue(), child, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(doc, node.get(i), pointer + "/" + i, out);
        }
    }
}
