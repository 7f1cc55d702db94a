package vn.dxportal.model;

import java.time.LocalDate;
import java.util.List;

/** A news post: front matter plus Markdown body. {@code slug} comes from the file name. */
public record NewsPost(String slug, String unitSlug, String title, LocalDate date, String author, String source, String category,
                       List<String> tags, String summary, Image image, boolean draft, String period, String body, String file) {
    public NewsPost { tags = tags == null ? List.of() : List.copyOf(tags); }

    public record Image(String src, String alt) {}
}
