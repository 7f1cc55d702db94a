package vn.dxportal.model;

import vn.dxportal.content.YamlDocument;

/**
 * One reporting period of one unit: its figures, its narrative (Markdown, may be null) and the YAML file it came
 * from (its text, without the parsed tree), so later stages can point warnings at a line.
 */
public record Period(String id, String unitSlug, PeriodData data, String narrative, String narrativeFile, YamlDocument source) {

    /** "2022" → year, "2022-h1" → first half, … */
    public PeriodKind kind() { return PeriodKind.of(id); }

    public int year() { return Integer.parseInt(id.substring(0, 4)); }
}
