package vn.dxportal.rules;

/** The result of one rule for one subject. */
public enum OutcomeStatus {
    MET("met", "Đạt", "Met"),
    UNMET("not-met", "Chưa đạt", "Not met"),
    NOT_APPLICABLE("no-target", "Không áp dụng", "Not applicable"),
    NOT_EVALUATED("no-data", "Chưa đánh giá", "Not evaluated");

    private final String css;
    private final String vi;
    private final String en;

    OutcomeStatus(String css, String vi, String en) { this.css = css; this.vi = vi; this.en = en; }

    /** The theme's status badge class (status-met, status-not-met…), shared with indicator statuses. */
    public String css() { return css; }

    public String vi() { return vi; }

    public String en() { return en; }
}
