package vn.dxportal.diag;

import java.util.Locale;

/** The language diagnostics are printed in: Vietnamese by default, English with {@code --lang en} or {@code DXPORTAL_LANG=en}. */
public enum Lang {
    VI, EN;

    /** "vi", "en", "EN", "en_US.UTF-8"… → the language; anything else → null, so the caller can say what is allowed. */
    public static Lang parse(String s) {
        if (s == null || s.isBlank()) return null;
        String k = s.trim().toLowerCase(Locale.ROOT);
        if (k.startsWith("vi")) return VI;
        if (k.startsWith("en")) return EN;
        return null;
    }

    /** The command line wins; then DXPORTAL_LANG; then Vietnamese. */
    public static Lang choose(String option) {
        Lang fromOption = parse(option);
        if (fromOption != null) return fromOption;
        Lang fromEnv = parse(System.getenv("DXPORTAL_LANG"));
        return fromEnv != null ? fromEnv : VI;
    }

    public String pick(String vi, String en) { return this == EN && en != null ? en : vi; }
}
