package vn.dxportal.content;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese-aware slugs: diacritics folded, đ/Đ written d, anything else collapsed to single hyphens. */
public final class Slugs {
    private Slugs() {}

    public static String slugify(String text) {
        String folded = fold(text);
        StringBuilder slug = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && slug.length() > 0) slug.append('-');
                slug.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return slug.toString();
    }

    /**
     * Folds diacritics but keeps spaces and case-insensitivity, for search keys ("Lâm Thao" → "lam thao"): what
     * {@link #foldEachStep} gives, in one pass. The search index folds every word of a national portal, and the four
     * passes (đ, Đ, marks, case), each making a new string, were a fifth of its time. Folding is done per character
     * (cached in {@link #FOLDED}); the one character whose lower case depends on its neighbours (Σ, final ς or σ) and
     * characters outside the Basic Multilingual Plane take the step-by-step path.
     */
    public static String fold(String text) {
        int n = text.length();
        char[] out = null;
        int p = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String folded = null;
            char one;
            if (c < 0x80) {
                one = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else {
                if (Character.isSurrogate(c) || c == '\u03A3') return foldEachStep(text);
                folded = FOLDED[c];
                if (folded == null) FOLDED[c] = folded = foldEachStep(String.valueOf(c));
                one = folded.length() == 1 ? folded.charAt(0) : 0;
                if (one != 0) folded = null;
            }
            if (out == null) {
                if (folded == null && one == c) continue;
                out = new char[n + 16];
                text.getChars(0, i, out, 0);
                p = i;
            }
            if (folded == null) {
                if (p == out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
                out[p++] = one;
            } else {
                if (p + folded.length() > out.length) out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, p + folded.length()));
                folded.getChars(0, folded.length(), out, p);
                p += folded.length();
            }
        }
        return out == null ? text : new String(out, 0, p);
    }

    /** The fold's definition, step by step: đ and Đ written d, marks removed, lower case. */
    private static String foldEachStep(String text) {
        return stripMarks(text.replace('đ', 'd').replace('Đ', 'D')).toLowerCase(Locale.ROOT);
    }

    /** Per BMP character, its fold; filled on first use (a benign race: every thread computes the same). */
    private static final String[] FOLDED = new String[0x10000];

    /**
     * What {@code Normalizer.normalize(text, NFD).replaceAll("\\p{M}+", "")} gives, without a regex or a whole-text
     * normalisation: the search index folds every word of a national portal. Once marks are removed their order
     * no longer matters, so each character can be decomposed on its own (cached per character); text with
     * characters outside the Basic Multilingual Plane takes the general path.
     */
    static String stripMarks(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (out != null) out.append(c);
                continue;
            }
            if (Character.isSurrogate(c)) return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            String base = BASES[c];
            if (base == null) BASES[c] = base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            if (out == null) {
                if (base.length() == 1 && base.charAt(0) == c) continue;
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            out.append(base);
        }
        return out == null ? text : out.toString();
    }

    /** Per BMP character, its decomposition without marks; filled on first use (a benign race: every thread computes the same). */
    private static final String[] BASES = new String[0x10000];
}
