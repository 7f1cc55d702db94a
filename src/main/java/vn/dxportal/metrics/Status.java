package vn.dxportal.metrics;

/** Where a figure stands against its target. */
public enum Status {
    EXCEEDED("vượt chỉ tiêu", "exceeded", "exceeded"),
    MET("đạt", "met", "met"),
    NOT_MET("chưa đạt", "not met", "not-met"),
    NO_TARGET("không có chỉ tiêu", "no target", "no-target"),
    NO_DATA("chưa có số liệu", "no data", "no-data");

    private final String vi;
    private final String en;
    private final String css;

    Status(String vi, String en, String css) { this.vi = vi; this.en = en; this.css = css; }

    public String vi() { return vi; }

    public String en() { return en; }

    /** A class name for the theme (colour plus an icon, never colour alone). */
    public String css() { return css; }

    /** Whether the report's own word ("vượt", "đạt", "chưa đạt") agrees with this computed status. */
    public boolean agreesWith(String stated) {
        if (stated == null || this == NO_TARGET || this == NO_DATA) return true;
        boolean statedReached = !stated.equals("chưa đạt");
        boolean reached = this == EXCEEDED || this == MET;
        return statedReached == reached;
    }
}
