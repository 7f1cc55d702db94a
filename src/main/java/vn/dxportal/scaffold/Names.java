package vn.dxportal.scaffold;

import vn.dxportal.content.Slugs;
import vn.dxportal.model.Level;

import java.util.List;
import java.util.Locale;

/**
 * What a unit's full name says: "Huyện Lâm Thao" is the district whose short name is "Lâm Thao" and whose slug is
 * lam-thao, the way the sample portal names its folders.
 */
public final class Names {
    private Names() {}

    /** Administrative prefixes, longest first so "Thành phố" wins over shorter ones; null level = ambiguous. */
    private record Prefix(String words, Level level) {}

    private static final List<Prefix> PREFIXES = List.of(
            new Prefix("thành phố", null), new Prefix("thị trấn", Level.COMMUNE), new Prefix("thị xã", Level.DISTRICT),
            new Prefix("phường", Level.COMMUNE), new Prefix("huyện", Level.DISTRICT), new Prefix("quận", Level.DISTRICT),
            new Prefix("tỉnh", Level.PROVINCE), new Prefix("xã", Level.COMMUNE));

    /** "Huyện Lâm Thao" → "Lâm Thao"; a name without a known prefix is returned as it is. */
    public static String shortName(String name) {
        String trimmed = name.strip().replaceAll("\\s+", " ");
        for (Prefix p : PREFIXES) {
            if (trimmed.toLowerCase(Locale.ROOT).startsWith(p.words() + " ") && trimmed.length() > p.words().length() + 1) {
                return trimmed.substring(p.words().length() + 1);
            }
        }
        return trimmed;
    }

    /** "Thị xã Đồng Xoài" → dong-xoai. */
    public static String unitSlug(String name) { return Slugs.slugify(shortName(name)); }

    /** The level the prefix names, or null when it names none or more than one ("Thành phố" is a province or a district). */
    public static Level levelOf(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        for (Prefix p : PREFIXES) if (lower.startsWith(p.words() + " ")) return p.level();
        return null;
    }
}
