package vn.dxportal.rules;

import java.util.List;

/**
 * One portal-content rule as a rule set states it: what is required, on what legal basis, how binding, where the
 * default theme shows it ({@code page}, a key such as {@code gioi-thieu}), to which units it applies, and the
 * checks that decide whether a portal or unit meets it.
 */
public record Rule(String id, String title, String legal, RuleSeverity severity, RuleScope scope, String page,
                   boolean activeUnitsOnly, List<String> levels, String hint, List<Check> checks) {
    public Rule {
        levels = levels == null ? List.of() : List.copyOf(levels);
        checks = List.copyOf(checks);
    }

    public boolean isMust() { return severity == RuleSeverity.MUST; }
}
