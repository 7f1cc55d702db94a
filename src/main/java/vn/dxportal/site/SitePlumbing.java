package vn.dxportal.site;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * sitemap.xml (sitemaps.org 0.9) and robots.txt. A sitemap must list absolute URLs, so it is made only when the base
 * URL is known; above 50,000 URLs (the protocol's limit per file) it becomes a sitemap index of numbered parts.
 * Planned last, after every other page; reads them through {@link Outline} only.
 */
final class SitePlumbing implements PageSet {
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final int MAX_URLS = 50_000;

    record Url(String loc, LocalDate lastmod) {}

    @Override
    public void plan(PlanContext plan) {
        String base = plan.baseUrl();
        StringBuilder robots = new StringBuilder("# Mọi trang của cổng đều công khai.\nUser-agent: *\nAllow: /\n");
        if (base == null) {
            plan.note("Không tạo sitemap.xml và liên kết chuẩn (canonical) vì chưa biết địa chỉ gốc: ghi base_url trong site.yaml hoặc dùng --base-url.");
        } else {
            // In parallel, in plan order: 59,000 URLs of a national portal, made while no other work is left to plan.
            List<Url> fixed = plan.allPages().parallelStream().filter(p -> Outline.listed(p) && !Outline.isNotFoundPage(p))
                    .map(p -> new Url(Urls.absolute(base, p.path()), Outline.lastmod(p))).toList();
            if (fixed.size() <= MAX_URLS) {
                plan.addData("sitemap.xml", Set.of("*"), () -> urlset(fixed));
            } else {
                int parts = (fixed.size() + MAX_URLS - 1) / MAX_URLS;
                for (int i = 0; i < parts; i++) {
                    List<Url> part = fixed.subList(i * MAX_URLS, Math.min(fixed.size(), (i + 1) * MAX_URLS));
                    plan.addData("sitemap-" + (i + 1) + ".xml", Set.of("*"), () -> urlset(part));
                }
                plan.addData("sitemap.xml", Set.of("*"), () -> index(base, parts));
            }
            robots.append("Sitemap: ").append(Urls.absolute(base, "sitemap.xml")).append('\n');
        }
        byte[] text = robots.toString().getBytes(StandardCharsets.UTF_8);
        plan.addData("robots.txt", Set.of("site.yaml"), () -> text);
    }

    static byte[] urlset(List<Url> urls) {
        return xml(x -> {
            x.writeStartElement("urlset");
            x.writeDefaultNamespace(NS);
            for (Url u : urls) {
                x.writeCharacters("\n");
                x.writeStartElement("url");
                element(x, "loc", u.loc());
                if (u.lastmod() != null) element(x, "lastmod", u.lastmod().toString());
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
        });
    }

    static byte[] index(String base, int parts) {
        return xml(x -> {
            x.writeStartElement("sitemapindex");
            x.writeDefaultNamespace(NS);
            for (int i = 1; i <= parts; i++) {
                x.writeCharacters("\n");
                x.writeStartElement("sitemap");
                element(x, "loc", Urls.absolute(base, "sitemap-" + i + ".xml"));
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
        });
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static byte[] xml(XmlFile.Body body) {
        return XmlFile.write("a sitemap", body);
    }
}
