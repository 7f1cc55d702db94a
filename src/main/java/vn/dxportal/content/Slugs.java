package vn.dxportal.content;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese-aware slugs: diacritics folded, đ/Đ written d, anything else collapsed to single hyphens. */
public final class Slugs {
    private Slugs() {}

    public static String slugify(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }

    /** Folds diacritics but keeps spaces and case-insensitivity, for search keys ("Lâm Thao" → "lam thao"). */
    public static String fold(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
