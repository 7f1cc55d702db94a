package vn.dxportal.rules;

/** How binding a rule is: {@code must} (the regulation requires it; {@code check --strict} fails) or {@code should}. */
public enum RuleSeverity {
    MUST("must", "bắt buộc", "required"), SHOULD("should", "khuyến nghị", "recommended");

    private final String key;
    private final String vi;
    private final String en;

    RuleSeverity(String key, String vi, String en) { this.key = key; this.vi = vi; this.en = en; }

    public String key() { return key; }

    public String vi() { return vi; }

    public String en() { return en; }

    static RuleSeverity of(String key) { return "should".equals(key) ? SHOULD : MUST; }
}
