package vn.dxportal.content;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from a content folder, still as YAML trees and Markdown text with positions,
 * before validation. The order of units, periods, posts is the sorted order of their file names.
 */
public record RawContent(Path root, YamlDocument site, YamlDocument indicators, List<RawUnit> units) {

    /**
     * One {@code units/<slug>/} folder. {@code documents} and {@code qa} are null when the unit has no such file.
     * {@code translations} are the other-language versions of posts ({@code news/<slug>.en.md}).
     */
    public record RawUnit(String slug, Path dir, YamlDocument unit, List<RawPeriod> periods,
                          YamlDocument documents, List<MarkdownFile> news, List<MarkdownFile> translations, YamlDocument qa) {
        public RawUnit(String slug, Path dir, YamlDocument unit, List<RawPeriod> periods, YamlDocument documents, List<MarkdownFile> news) {
            this(slug, dir, unit, periods, documents, news, List.of(), null);
        }
    }

    /** One reporting period: {@code periods/<id>.yaml} and its optional narrative {@code periods/<id>.md}. */
    public record RawPeriod(String id, YamlDocument data, MarkdownFile narrative) {}
}
