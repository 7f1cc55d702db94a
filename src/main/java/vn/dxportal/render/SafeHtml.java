package vn.dxportal.render;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * The allow-list every piece of HTML that comes from content passes before it reaches a page (the OWASP Java HTML
 * Sanitizer, not hand-written filtering). Editors may write the HTML a report needs (tables, figures, details,
 * abbreviations, sub- and superscripts, line breaks…) with harmless attributes only; anything else (script, style,
 * iframes, forms, SVG, event handlers, inline styles) is dropped, and links and images keep only http(s), mailto, tel
 * and relative URLs: no {@code javascript:}, {@code vbscript:} or {@code data:}.
 *
 * <p>The markup dxportal's own Markdown renderer writes (heading ids, footnotes, the scrollable table region and
 * its alignment classes) is in the list, so sanitizing the whole rendered document loses nothing of ours.
 */
public final class SafeHtml {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,80}");
    /** Only the classes our renderer and theme give content markup: a class cannot restyle the page into a fake one. */
    private static final Pattern CLASS = Pattern.compile("(table-scroll|align-(left|center|right)|footnote-ref|footnotes|footnote-backref)");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");
    private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern REL = Pattern.compile("[a-z]+( [a-z]+)*");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "kbd", "samp",
                    "var", "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "abbr", "dfn", "cite",
                    "q", "span", "div", "section", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "colgroup", "col",
                    "thead", "tbody", "tfoot", "tr", "th", "td", "figure", "figcaption", "details", "summary", "img", "a", "time")
            .allowWithoutAttributes("span", "div", "section", "a")
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .allowAttributes("href").onElements("a")
            .allowAttributes("rel").matching(REL).onElements("a")
            .allowAttributes("hreflang").matching(LANG).onElements("a")
            .allowAttributes("src").onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(NUMBER).onElements("img")
            .allowAttributes("cite").onElements("blockquote", "q")
            .allowAttributes("datetime").matching(Pattern.compile("[0-9T:+Z.-]{4,35}")).onElements("time")
            .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("th", "td")
            .allowAttributes("span").matching(NUMBER).onElements("col", "colgroup")
            .allowAttributes("scope").matching(Pattern.compile("row|col|rowgroup|colgroup")).onElements("th")
            .allowAttributes("start").matching(NUMBER).onElements("ol")
            .allowAttributes("open").onElements("details")
            // The scrollable table region: a labelled landmark keyboard users can focus (see Markdown.ScrollableTable).
            .allowAttributes("role").matching(Pattern.compile("region")).onElements("div")
            .allowAttributes("tabindex").matching(Pattern.compile("0")).onElements("div")
            .allowAttributes("aria-label").onElements("div", "a")
            .allowAttributes("id").matching(ID).onElements("h1", "h2", "h3", "h4", "h5", "h6", "li", "a")
            .allowAttributes("class").matching(CLASS).globally()
            .allowAttributes("title").globally()
            .allowAttributes("lang").matching(LANG).globally()
            .toFactory();

    private SafeHtml() {}

    /** The HTML with everything outside the allow-list removed; text is kept, escaped. */
    public static String sanitize(String html) {
        if (html == null || html.isEmpty()) return "";
        return POLICY.sanitize(html);
    }
}
