package vn.dxportal.render;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import vn.dxportal.content.Slugs;

import java.util.List;
import java.util.Map;

/**
 * Narratives and posts to HTML: CommonMark with GFM tables, footnotes, autolinks and heading anchors.
 * Content is untrusted for script, so raw HTML in Markdown is escaped (shown as text) and link and image
 * URLs with unsafe schemes (javascript:, vbscript:, data:) are dropped.
 */
public final class Markdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnotesExtension.create(),
            AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private Markdown() {}

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        Node doc = PARSER.parse(markdown);
        // Anchors are made per document (so repeated headings get -1, -2…) from the diacritic-folded text:
        // "Kết quả thực hiện" → #ket-qua-thuc-hien, an id people can type and share.
        IdGenerator ids = IdGenerator.builder().defaultId("muc").build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(context -> new HeadingIds(ids)).build();
        return renderer.render(doc);
    }

    /** A part of a document between headings, as plain text: what search indexes and links to ({@code #anchor}). */
    public record Section(String anchor, String heading, List<String> paragraphs) {}

    /**
     * The document as plain-text sections: the text before the first heading (anchor null), then one section per
     * heading, with the same anchors {@link #toHtml} gives the headings. Each paragraph, list item or table is one
     * string.
     */
    public static List<Section> sections(String markdown) {
        List<Section> out = new java.util.ArrayList<>();
        if (markdown == null || markdown.isBlank()) return out;
        Node doc = PARSER.parse(markdown);
        IdGenerator ids = IdGenerator.builder().defaultId("muc").build();
        org.commonmark.renderer.text.TextContentRenderer text = org.commonmark.renderer.text.TextContentRenderer.builder()
                .extensions(EXTENSIONS).build();
        String anchor = null, heading = null;
        List<String> paragraphs = new java.util.ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading) {
                if (heading != null || !paragraphs.isEmpty()) out.add(new Section(anchor, heading, List.copyOf(paragraphs)));
                heading = textOf(n);
                anchor = ids.generateId(Slugs.slugify(heading).replace('-', ' '));
                paragraphs = new java.util.ArrayList<>();
            } else {
                String t = text.render(n).strip();
                if (!t.isEmpty()) paragraphs.add(t);
            }
        }
        if (heading != null || !paragraphs.isEmpty()) out.add(new Section(anchor, heading, List.copyOf(paragraphs)));
        return out;
    }

    private record HeadingIds(IdGenerator ids) implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading) attributes.put("id", ids.generateId(Slugs.slugify(textOf(node)).replace('-', ' ')));
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
