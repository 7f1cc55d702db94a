package vn.dxportal.diag;

/**
 * A piece of a diagnostic that itself differs by language (a level name, "the file's root", a number written
 * 6.322 in Vietnamese and 6,322 in English). Any other argument is shown as it is in both languages.
 */
public record Text(String vi, String en) {
    public static Text of(String vi, String en) { return new Text(vi, en); }

    public String in(Lang lang) { return lang.pick(vi, en); }

    @Override
    public String toString() { return vi; }
}
