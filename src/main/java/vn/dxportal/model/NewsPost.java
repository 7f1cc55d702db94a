package vn.dxportal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A news post: front matter plus Markdown body. {@code slug} comes from the file name. A post may have versions in
 * other languages ({@code <slug>.en.md} beside it): they give their own title, body and so on, and take the date,
 * unit, period and draft state from the Vietnamese post.
 */
public record NewsPost(String slug, String unitSlug, String title, LocalDate date, String author, String source, String category,
                       List<String> tags, String summary, Image image, boolean draft, String period, String body, String file,
                       Map<String, Translation> translations) {
    public NewsPost {
        tags = tags == null ? List.of() : List.copyOf(tags);
        translations = translations == null ? Map.of() : Map.copyOf(new TreeMap<>(translations));
    }

    public NewsPost(String slug, String unitSlug, String title, LocalDate date, String author, String source, String category,
                    List<String> tags, String summary, Image image, boolean draft, String period, String body, String file) {
        this(slug, unitSlug, title, date, author, source, category, tags, summary, image, draft, period, body, file, Map.of());
    }

    public record Image(String src, String alt) {}

    /** One other-language version: what its front matter gives, and its body. Missing fields are not taken from Vietnamese. */
    public record Translation(String title, String author, String source, String category, List<String> tags, String summary,
                              String imageAlt, String body, String file) {
        public Translation { tags = tags == null ? List.of() : List.copyOf(tags); }
    }

    public boolean hasLanguage(String lang) { return "vi".equals(lang) || translations.containsKey(lang); }

    /**
     * The post as a reader of {@code lang} sees it: the translation's text with the Vietnamese post's date, unit,
     * period and image file. Returns this post for Vietnamese; null when there is no such translation.
     */
    public NewsPost in(String lang) {
        if ("vi".equals(lang)) return this;
        Translation t = translations.get(lang);
        if (t == null) return null;
        Image img = image == null ? null : new Image(image.src(), t.imageAlt() != null ? t.imageAlt() : image.alt());
        return new NewsPost(slug, unitSlug, t.title(), date, t.author(), t.source(), t.category(), t.tags(), t.summary(), img,
                draft, period, t.body(), t.file(), Map.of());
    }
}
