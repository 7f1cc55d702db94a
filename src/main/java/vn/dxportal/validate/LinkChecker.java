package vn.dxportal.validate;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import vn.dxportal.content.MarkdownFile;
import vn.dxportal.content.RawContent;
import vn.dxportal.content.TextFiles;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Msg;
import vn.dxportal.diag.SourcePosition;
import vn.dxportal.site.ContentLinks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Links from a narrative or a post to another content file ({@code ../periods/2022.md}) must name a file that exists
 * and becomes a page; each broken one is an error at its line and column. The page mapping is the site stage's
 * ({@link ContentLinks}), so what is checked here is exactly what the renderer rewrites.
 */
final class LinkChecker {
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private LinkChecker() {}

    static List<Diagnostic> check(RawContent raw) {
        List<Diagnostic> out = new ArrayList<>();
        // Most files have no link at all: their names are only made for those that do (a national portal has 20,000
        // files, and the live preview checks them all on every edit).
        for (RawContent.RawUnit u : raw.units()) {
            for (RawContent.RawPeriod p : u.periods()) {
                if (hasLinks(p.narrative())) check(raw, "units/" + u.slug() + "/periods/" + p.id() + ".md", p.narrative(), out);
            }
            for (MarkdownFile post : u.news()) if (hasLinks(post)) check(raw, "units/" + u.slug() + "/news/" + name(post), post, out);
            for (MarkdownFile t : u.translations()) if (hasLinks(t)) check(raw, "units/" + u.slug() + "/news/" + name(t), t, out);
        }
        return out;
    }

    private static boolean hasLinks(MarkdownFile md) {
        return md != null && md.body() != null && md.body().contains("](");
    }

    private static String name(MarkdownFile f) { return f.file().substring(f.file().lastIndexOf('/') + 1); }

    private static void check(RawContent raw, String contentFile, MarkdownFile md, List<Diagnostic> out) {
        int shift = bodyLine(md);
        PARSER.parse(md.body()).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String dest = link.getDestination();
                if (ContentLinks.isContentLink(dest)) {
                    String target = ContentLinks.targetFile(contentFile, dest);
                    SourcePosition at = position(md.file(), link, shift);
                    if (target == null || !Files.isRegularFile(raw.root().resolve(target))) {
                        out.add(Diagnostic.error(Msg.LINK_BROKEN, at, dest, target == null ? "../" : target));
                    } else if (ContentLinks.pageOf(target) == null) {
                        out.add(Diagnostic.error(Msg.LINK_NOT_A_PAGE, at, dest));
                    }
                }
                visitChildren(link);
            }
        });
    }

    private static SourcePosition position(String file, Link link, int shift) {
        List<SourceSpan> spans = link.getSourceSpans();
        if (spans.isEmpty()) return new SourcePosition(file, shift + 1, 1);
        return new SourcePosition(file, shift + spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1);
    }

    /** Lines before the body (front matter and its fences), so positions are the file's own. */
    private static int bodyLine(MarkdownFile md) {
        try {
            String text = TextFiles.read(Path.of(md.file()));
            if (!text.endsWith(md.body())) return 0;
            String head = text.substring(0, text.length() - md.body().length());
            return (int) head.chars().filter(c -> c == '\n').count();
        } catch (IOException e) {
            return 0;
        }
    }
}
