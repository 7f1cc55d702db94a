package vn.dxportal.site;

/**
 * One searchable piece of the portal: a page, or one part of a long page (a report section), with the text a
 * result snippet is cut from. {@code path} is the output path from the site root, with {@code #anchor} for a
 * section; {@code first} marks the piece that carries the page's title, so a title counts once per page.
 */
public record SearchEntry(String path, String title, String section, String meta, String text, boolean first) {
    /** The page a piece belongs to: results show each page once. */
    public String page() {
        int hash = path.indexOf('#');
        return hash < 0 ? path : path.substring(0, hash);
    }
}
