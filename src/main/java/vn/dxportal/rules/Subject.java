package vn.dxportal.rules;

import vn.dxportal.content.MarkdownFile;
import vn.dxportal.content.RawContent;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a rule is checked against: the portal, or one unit with its files. Rule sets name files by their place in
 * a unit folder: {@code site.yaml}, {@code unit.yaml}, {@code documents.yaml}, {@code qa.yaml},
 * {@code periods/latest.yaml} (the newest reporting period) and {@code news/*.md} (every post's front matter).
 */
public final class Subject {
    static final List<String> FILES = List.of("site.yaml", "unit.yaml", "documents.yaml", "qa.yaml", "periods/latest.yaml", "news/*.md");

    private final RawContent raw;
    private final RawContent.RawUnit unit;
    private final Map<String, RawContent.RawUnit> units;
    private final Source site;

    private Subject(RawContent raw, RawContent.RawUnit unit, Map<String, RawContent.RawUnit> units, Source site) {
        this.raw = raw;
        this.unit = unit;
        this.units = units;
        this.site = site;
    }

    static Subject portal(RawContent raw, Map<String, RawContent.RawUnit> units, Source site) {
        return new Subject(raw, null, units, site);
    }

    Subject unit(String slug) { return new Subject(raw, units.get(slug), units, site); }

    /** The unit's slug, or null for the portal. */
    public String slug() { return unit == null ? null : unit.slug(); }

    public String name() {
        return unit == null ? raw.site().root().path("title").asText() : unit.unit().root().path("name").asText(unit.slug());
    }

    boolean ended() { return unit != null && Fields.present(unit.unit().root().path("ended")); }

    String level() { return unit == null ? null : unit.unit().root().path("level").asText(); }

    /** The parent unit in this portal, or null (for the portal and for top-level units). */
    Subject parent() {
        if (unit == null) return null;
        String parent = unit.unit().root().path("parent").asText(null);
        return parent == null || !units.containsKey(parent) ? null : unit(parent);
    }

    /** One of {@link #FILES}; a unit file asked of the portal reads as missing. */
    Source file(String name) {
        if ("site.yaml".equals(name)) return site;
        if (unit == null) return Source.missing(name);
        String folder = unit.unit().file().substring(0, unit.unit().file().length() - "unit.yaml".length());
        return switch (name) {
            case "unit.yaml" -> Source.of(unit.unit());
            case "documents.yaml" -> unit.documents() == null ? Source.missing(folder + name) : Source.of(unit.documents());
            case "qa.yaml" -> unit.qa() == null ? Source.missing(folder + name) : Source.of(unit.qa());
            case "periods/latest.yaml" -> unit.periods().stream().max(Comparator.comparing(RawContent.RawPeriod::id))
                    .map(p -> p.data() == null ? Source.missing(folder + "periods/" + p.id() + ".yaml") : Source.of(p.data()))
                    .orElse(Source.missing(folder + "periods/"));
            case "news/*.md" -> Source.collection(folder + "news/", unit.news().stream().map(MarkdownFile::frontMatter).toList());
            default -> throw new IllegalArgumentException("unknown rule file " + name); // the rule-set schema allows only FILES
        };
    }
}
