package vn.dxportal.rules;

import java.util.List;

/**
 * One rule applied to one subject: the portal ({@code unit} null) or a unit. {@code note} says why a rule was not
 * applicable or not evaluated.
 */
public record Outcome(Rule rule, String unit, String unitName, OutcomeStatus status, List<Finding> findings, String note) {
    public Outcome { findings = List.copyOf(findings); }

    public boolean unmet() { return status == OutcomeStatus.UNMET; }
}
