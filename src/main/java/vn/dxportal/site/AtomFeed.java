package vn.dxportal.site;

import vn.dxportal.model.NewsPost;
import vn.dxportal.render.Markdown;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An Atom 1.0 feed (RFC 4287) of news posts. Atom rather than RSS 2.0 because its dates are RFC 3339 and its ids
 * are mandatory, so readers never mistake an edited post for a new one. Every link is absolute (a feed is read
 * away from the site); relative links inside a post body resolve against the post's URL through xml:base.
 * A post's date is a Vietnamese calendar day: it is published at 00:00 Vietnam time (+07:00).
 */
final class AtomFeed {
    static final String NS = "http://www.w3.org/2005/Atom";
    /** How many of the newest posts a feed carries. */
    static final int ENTRIES = 20;

    /** What a feed says about itself; {@code htmlPath} is the news list the feed mirrors. */
    record Spec(String lang, String title, String author, String selfPath, String htmlPath, String baseUrl, List<NewsPost> posts) {}

    /** A feed file as the plan hands it to the writer: a value, so that two plans' feeds compare by what they say. */
    record File(Spec spec, String postPrefix) implements java.util.function.Supplier<byte[]> {
        @Override
        public byte[] get() { return write(spec, postPrefix); }
    }

    private AtomFeed() {}

    static String timestamp(LocalDate day) {
        return day.atStartOfDay().atOffset(PlanContext.VIETNAM).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static byte[] write(Spec spec, String postPrefix) {
        return XmlFile.write("an Atom feed", x -> {
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("xml:lang", spec.lang());
            text(x, "id", Urls.absolute(spec.baseUrl(), spec.htmlPath()));
            text(x, "title", spec.title());
            text(x, "updated", timestamp(spec.posts().get(0).date()));
            link(x, "self", "application/atom+xml", Urls.absolute(spec.baseUrl(), spec.selfPath()));
            link(x, "alternate", "text/html", Urls.absolute(spec.baseUrl(), spec.htmlPath()));
            x.writeStartElement("author");
            text(x, "name", spec.author());
            x.writeEndElement();
            text(x, "generator", "dxportal");
            for (NewsPost p : spec.posts().subList(0, Math.min(ENTRIES, spec.posts().size()))) entry(x, spec, p, postPrefix);
            x.writeEndElement();
        });
    }

    private static void entry(XMLStreamWriter x, Spec spec, NewsPost p, String postPrefix) throws XMLStreamException {
        String url = Urls.absolute(spec.baseUrl(), postPrefix + Urls.postPath(p.unitSlug(), p.slug()));
        x.writeCharacters("\n");
        x.writeStartElement("entry");
        x.writeAttribute("xml:base", url);
        text(x, "id", url);
        text(x, "title", p.title());
        text(x, "published", timestamp(p.date()));
        text(x, "updated", timestamp(p.date()));
        link(x, "alternate", "text/html", url);
        if (p.author() != null) {
            x.writeStartElement("author");
            text(x, "name", p.author());
            x.writeEndElement();
        }
        if (p.category() != null) {
            x.writeEmptyElement("category");
            x.writeAttribute("term", p.category());
        }
        for (String tag : p.tags()) {
            x.writeEmptyElement("category");
            x.writeAttribute("term", tag);
        }
        if (p.summary() != null) text(x, "summary", p.summary());
        x.writeStartElement("content");
        x.writeAttribute("type", "html");
        // Links to other content files become page links relative to the post's page, which xml:base names.
        String postFile = "units/" + p.unitSlug() + "/news/" + p.file().substring(p.file().lastIndexOf('/') + 1);
        String page = postPrefix + Urls.postPath(p.unitSlug(), p.slug());
        x.writeCharacters(Markdown.toHtml(p.body(), postFile + " " + page, href -> ContentLinks.rewrite(postFile, page, href)));
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters("\n");
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeCharacters("\n");
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }
}
