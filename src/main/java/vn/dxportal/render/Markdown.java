package vn.dxportal.render;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import vn.dxportal.content.Slugs;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Narratives and posts to HTML: CommonMark with GFM tables, footnotes, autolinks and heading anchors.
 * Content is untrusted for script: link and image URLs with unsafe schemes (javascript:, vbscript:, data:) are
 * dropped, and a document with raw HTML the editor wrote passes the {@link SafeHtml} allow-list whole, so only
 * harmless markup stays.
 */
public final class Markdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnotesExtension.create(),
            AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    /**
     * The same without autolinking, for text in which it cannot find a link: the autolinker scans every text node of
     * every document, a sixth of the parsing time of a narrative that has no bare link at all.
     */
    private static final Parser WITHOUT_AUTOLINKS = Parser.builder()
            .extensions(EXTENSIONS.stream().filter(e -> !(e instanceof AutolinkExtension)).toList()).build();
    /** The URL schemes {@link SafeHtml} lets through (and relative URLs): no javascript:, vbscript: or data:. */
    private static final UrlSanitizer SAFE_URLS = new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel"));
    /**
     * Built once (a renderer makes its node renderers and attribute providers afresh for every document it renders),
     * rather than once per narrative and post. Our table renderer comes before the extensions: the first renderer
     * registered for a node type wins.
     */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().nodeRendererFactory(ScrollableTable::new)
            .extensions(EXTENSIONS).sanitizeUrls(true).urlSanitizer(SAFE_URLS)
            .attributeProviderFactory(context -> new HeadingIds(headingIds()))
            .attributeProviderFactory(context -> new CellAlignment())
            .nodeRendererFactory(CaptionRenderer::new).build();
    private static final org.commonmark.renderer.text.TextContentRenderer TEXT =
            org.commonmark.renderer.text.TextContentRenderer.builder().extensions(EXTENSIONS).build();

    /**
     * Results kept between builds by a long-lived caller (the live preview keeps them while it plans, so an
     * unchanged narrative is not converted again); both conversions are pure functions of the text.
     */
    public interface Memo {
        <T> T get(String kind, String markdown, Function<String, T> make);
    }

    private static volatile Memo memo;

    private Markdown() {}

    /** Sets (or, with null, removes) the kept results every conversion consults. */
    public static void memo(Memo kept) {
        memo = kept;
    }

    public static String toHtml(String markdown) {
        return toHtml(markdown, null, UnaryOperator.identity());
    }

    /** As {@link #toHtml(String)}, with each link destination passed through {@code links} first (links between content files). */
    public static String toHtml(String markdown, UnaryOperator<String> links) {
        return html(markdown, links);
    }

    /**
     * As {@link #toHtml(String, UnaryOperator)}; {@code where} names what the link rewriting depends on (source file
     * and page), so kept results are reused only for the same text in the same place. Null when links stay as written.
     */
    public static String toHtml(String markdown, String where, UnaryOperator<String> links) {
        String html = htmlIn(markdown, where, links);
        SectionSink sink = drawnSections;
        // HTML kept from an earlier drawing was not parsed now (html() tells the sink when it parses): the sections
        // are still owed to the sink.
        if (sink != null && markdown != null && sink.wants(markdown)) sink.take(markdown, sections(markdown));
        return html;
    }

    private static String htmlIn(String markdown, String where, UnaryOperator<String> links) {
        Memo kept = memo;
        if (kept != null) return kept.get(where == null ? "html" : "html " + where, markdown, md -> html(md, links));
        if (where == null || markdown == null) return html(markdown, links);
        String html = RECENT.get(where, markdown);
        if (html == null) {
            html = html(markdown, links);
            RECENT.put(where, markdown, html);
        }
        return html;
    }

    /**
     * The last few bodies made into HTML, with where: a post is drawn for its page and, a moment later, for its unit's
     * Atom feed (planned right after the unit's posts), with the same links. A national build made 8,000 posts'
     * HTML twice; a handful of entries is enough, as both happen within a few pages of each other.
     */
    private static final Recent RECENT = new Recent(32);

    private static final class Recent {
        private final String[] wheres, markdowns, htmls;
        private int next;

        Recent(int size) {
            wheres = new String[size];
            markdowns = new String[size];
            htmls = new String[size];
        }

        synchronized String get(String where, String markdown) {
            for (int i = 0; i < wheres.length; i++) {
                if (where.equals(wheres[i]) && markdown.equals(markdowns[i])) return htmls[i];
            }
            return null;
        }

        synchronized void put(String where, String markdown, String html) {
            wheres[next] = where;
            markdowns[next] = markdown;
            htmls[next] = html;
            next = (next + 1) % wheres.length;
        }
    }

    private static String html(String markdown, UnaryOperator<String> links) {
        if (markdown == null || markdown.isBlank()) return "";
        Node doc = parse(markdown);
        SectionSink sink = drawnSections;
        // From the tree as parsed: before links are rewritten and tables captioned, as sections(markdown) reads it.
        if (sink != null && sink.wants(markdown)) sink.take(markdown, sectionsOf(doc));
        boolean[] rawHtml = {false};
        doc.accept(new AbstractVisitor() {
            @Override public void visit(org.commonmark.node.Link link) {
                link.setDestination(links.apply(link.getDestination()));
                visitChildren(link);
            }
            @Override public void visit(HtmlBlock html) { rawHtml[0] = true; }
            @Override public void visit(HtmlInline html) { rawHtml[0] = true; }
        });
        captionTables(doc);
        String html = RENDERER.render(doc);
        // Without raw HTML the renderer's output is ours alone: every text and attribute escaped, every link and image
        // URL through SAFE_URLS. Only a document with the editor's own HTML needs the allow-list, which costs as much
        // as parsing and rendering together.
        return rawHtml[0] ? SafeHtml.sanitize(html) : html;
    }

    /** How many documents this JVM has parsed: tests count them to show a body is parsed once per build. */
    private static final java.util.concurrent.atomic.LongAdder PARSED = new java.util.concurrent.atomic.LongAdder();

    public static long documentsParsed() { return PARSED.sum(); }

    private static Node parse(String markdown) {
        PARSED.increment();
        return (mayHoldBareLinks(markdown) ? PARSER : WITHOUT_AUTOLINKS).parse(markdown);
    }

    /**
     * Whether the autolinker could find a link in this text: it links only "scheme://…", "www.…" and "…@…" (see
     * org.nibor.autolink's scanners); an entity or escape could spell one of those, so any '&' counts too.
     */
    static boolean mayHoldBareLinks(String markdown) {
        return markdown.indexOf('@') >= 0 || markdown.indexOf('&') >= 0 || markdown.contains("://") || markdown.contains("www.");
    }

    /**
     * Who hears of the {@link #sections} of the bodies made into HTML while a build draws its pages: a cold build
     * indexes them for search from there, so each narrative and post is parsed once, for its page. Sections are a
     * pure function of the Markdown, so a sink that hears of another build's bodies (two builds in one JVM, as tests
     * run them) is told nothing wrong; one that hears of none of its own parses them itself.
     */
    public interface SectionSink {
        /** Whether the sections of this Markdown are still wanted: they are made only then. */
        boolean wants(String markdown);

        void take(String markdown, List<Section> sections);
    }

    private static volatile SectionSink drawnSections;

    /** Sets (or, with null, removes) the sink every body made into HTML tells its sections to. */
    public static void keepSectionsOfDrawnBodies(SectionSink sink) {
        drawnSections = sink;
    }

    /** A part of a document between headings, as plain text: what search indexes and links to ({@code #anchor}). */
    public record Section(String anchor, String heading, List<String> paragraphs) {}

    /**
     * The document as plain-text sections: the text before the first heading (anchor null), then one section per
     * heading, with the same anchors {@link #toHtml} gives the headings. Each paragraph, list item or table is one
     * string.
     */
    public static List<Section> sections(String markdown) {
        Memo kept = memo;
        return kept == null ? sectionsOf(markdown) : kept.get("sections", markdown, Markdown::sectionsOf);
    }

    private static List<Section> sectionsOf(String markdown) {
        if (markdown == null || markdown.isBlank()) return List.of();
        return sectionsOf(parse(markdown));
    }

    private static List<Section> sectionsOf(Node doc) {
        List<Section> out = new java.util.ArrayList<>();
        IdGenerator ids = headingIds();
        String anchor = null, heading = null;
        List<String> paragraphs = new java.util.ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading) {
                if (heading != null || !paragraphs.isEmpty()) out.add(new Section(anchor, heading, List.copyOf(paragraphs)));
                heading = textOf(n);
                anchor = ids.generateId(Slugs.slugify(heading).replace('-', ' '));
                paragraphs = new java.util.ArrayList<>();
            } else {
                String t = TEXT.render(n).strip();
                if (!t.isEmpty()) paragraphs.add(t);
            }
        }
        if (heading != null || !paragraphs.isEmpty()) out.add(new Section(anchor, heading, List.copyOf(paragraphs)));
        return List.copyOf(out);
    }

    /**
     * Anchors are made per document (so repeated headings get -1, -2…) from the diacritic-folded text:
     * "Kết quả thực hiện" → #ket-qua-thuc-hien, an id people can type and share.
     */
    private static IdGenerator headingIds() {
        return IdGenerator.builder().defaultId("muc").build();
    }

    private record HeadingIds(IdGenerator ids) implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading) attributes.put("id", ids.generateId(Slugs.slugify(textOf(node)).replace('-', ' ')));
        }
    }

    /** GFM tables write column alignment as {@code align="right"}, which HTML has made obsolete (invalid): a class says it. */
    private record CellAlignment() implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            String align = attributes.remove("align");
            if (align != null) attributes.put("class", "align-" + align);
        }
    }

    /**
     * Markdown tables have no caption syntax, but a table needs a caption to be found and understood by screen
     * reader users: each is captioned by the heading of the section it stands in (numbered when a section has several).
     */
    private static void captionTables(Node doc) {
        Map<String, Integer> seen = new HashMap<>();
        String[] heading = {"Bảng số liệu"};
        doc.accept(new AbstractVisitor() {
            @Override public void visit(Heading h) { heading[0] = textOf(h).strip(); }
            @Override public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    int n = seen.merge(heading[0], 1, Integer::sum);
                    Caption caption = new Caption();
                    caption.text = n == 1 ? heading[0] : heading[0] + " (bảng " + n + ")";
                    table.prependChild(caption);
                } else {
                    visitChildren(block);
                }
            }
        });
    }

    private static final class Caption extends CustomNode {
        String text;
    }

    private record CaptionRenderer(HtmlWriter html) implements NodeRenderer {
        CaptionRenderer(HtmlNodeRendererContext context) { this(context.getWriter()); }
        @Override public Set<Class<? extends Node>> getNodeTypes() { return Set.of(Caption.class); }
        @Override public void render(Node node) {
            html.tag("caption");
            html.text(((Caption) node).text);
            html.tag("/caption");
        }
    }

    /**
     * A table wider than a phone scrolls inside its own box, as the theme's tables do: a labelled region that
     * keyboard users can focus and scroll (WCAG 2.1.1), instead of widening the page.
     */
    private record ScrollableTable(HtmlNodeRendererContext context, HtmlWriter html) implements NodeRenderer {
        ScrollableTable(HtmlNodeRendererContext context) { this(context, context.getWriter()); }
        @Override public Set<Class<? extends Node>> getNodeTypes() { return Set.of(TableBlock.class); }
        @Override public void render(Node table) {
            Map<String, String> region = new LinkedHashMap<>(); // attribute order fixed: byte-identical output
            region.put("class", "table-scroll");
            region.put("role", "region");
            if (table.getFirstChild() instanceof Caption caption) region.put("aria-label", caption.text);
            region.put("tabindex", "0");
            html.line();
            html.tag("div", region);
            html.tag("table", context.extendAttributes(table, "table", new LinkedHashMap<>()));
            for (Node child = table.getFirstChild(); child != null; child = child.getNext()) context.render(child);
            html.tag("/table");
            html.tag("/div");
            html.line();
        }
    }

    private static String textOf(Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override public void visit(Text text) { b.append(text.getLiteral()); }
            @Override public void visit(Code code) { b.append(code.getLiteral()); }
        });
        return b.toString();
    }
}
