package vn.dxportal.render;

import freemarker.template.TemplateScalarModel;

import java.lang.ref.SoftReference;
import java.util.Objects;

/**
 * A Markdown body's HTML, made when a template first shows it rather than when the page is planned: planning is
 * one thread, rendering all of them, and a national portal's narratives and posts kept as HTML from plan to render
 * took hundreds of megabytes. The HTML is kept softly (memory pressure may drop it; it is then made again, the same).
 * Two bodies of the same Markdown are equal, as their HTML would be.
 */
public final class LazyHtml implements TemplateScalarModel {
    private final String markdown;
    private volatile SoftReference<String> html;

    public LazyHtml(String markdown) {
        this.markdown = markdown;
    }

    @Override
    public String getAsString() {
        SoftReference<String> ref = html;
        String value = ref == null ? null : ref.get();
        if (value == null) {
            value = Markdown.toHtml(markdown);
            html = new SoftReference<>(value);
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LazyHtml other && Objects.equals(markdown, other.markdown);
    }

    @Override
    public int hashCode() { return Objects.hashCode(markdown); }

    @Override
    public String toString() { return getAsString(); }
}
