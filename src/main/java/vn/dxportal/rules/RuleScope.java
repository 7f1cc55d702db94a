package vn.dxportal.rules;

/** What a rule is checked against: the portal as a whole (site.yaml, the theme) or each unit in turn. */
public enum RuleScope {
    PORTAL, UNIT;

    static RuleScope of(String key) { return "portal".equals(key) ? PORTAL : UNIT; }
}
