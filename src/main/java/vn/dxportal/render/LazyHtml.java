package vn.dxportal.render;

import freemarker.template.TemplateScalarModel;

import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A Markdown body's HTML, made when a template first shows it rather than when the page is planned: planning is
 * one thread, rendering all of them, and a national portal's narratives and posts kept as HTML from plan to render
 * took hundreds of megabytes. The HTML is kept weakly, for a template that shows it twice while its page is drawn:
 * kept softly, every body's HTML stayed until the heap was full (a build draws each page once), and a national
 * build held several hundred megabytes of it. Dropped, it is made again, the same.
 * Two bodies of the same Markdown in the same place are equal, as their HTML would be.
 */
public final class LazyHtml implements TemplateScalarModel {
    private final String markdown;
    /** What the link rewriting depends on (source file and page), or null when links stay as written. */
    private final String where;
    private final UnaryOperator<String> links;
    private volatile WeakReference<String> html;

    public LazyHtml(String markdown) {
        this(markdown, null, UnaryOperator.identity());
    }

    /** A body whose links between content files are rewritten by {@code links}, which depends only on {@code where}. */
    public LazyHtml(String markdown, String where, UnaryOperator<String> links) {
        this.markdown = markdown;
        this.where = where;
        this.links = links;
    }

    /** The Markdown this HTML is made from. */
    public String markdown() { return markdown; }

    /** What the link rewriting depends on (source file and page), or null. */
    public String where() { return where; }

    /** The same body in the same place with other Markdown: what the plan makes after an edit of the body alone. */
    public LazyHtml withMarkdown(String other) {
        return new LazyHtml(other, where, links);
    }

    @Override
    public String getAsString() {
        WeakReference<String> ref = html;
        String value = ref == null ? null : ref.get();
        if (value == null) {
            value = Markdown.toHtml(markdown, where, links);
            html = new WeakReference<>(value);
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LazyHtml other && Objects.equals(markdown, other.markdown) && Objects.equals(where, other.where);
    }

    @Override
    public int hashCode() { return Objects.hash(markdown, where); }

    @Override
    public String toString() { return getAsString(); }
}
