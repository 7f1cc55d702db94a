package vn.dxportal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules stage's result: every rule of the chosen set applied to the portal and to each unit, portal first,
 * then unit by unit in slug order, each in the rule set's order.
 */
public record Compliance(RuleSet ruleSet, List<Outcome> outcomes) {
    public Compliance { outcomes = List.copyOf(outcomes); }

    /** No rules were applied (the content has errors, so there is nothing sound to check). */
    public static Compliance none() { return new Compliance(null, List.of()); }

    public boolean evaluated() { return ruleSet != null; }

    public List<Outcome> portal() { return outcomes.stream().filter(o -> o.unit() == null).toList(); }

    /**
     * Every unit's outcomes by slug, in rule order, grouped in one pass: a filter of all outcomes per unit read them all
     * once per unit (a national portal: 756 units × 15,000 outcomes).
     */
    public Map<String, List<Outcome>> byUnit() {
        Map<String, List<Outcome>> byUnit = new LinkedHashMap<>();
        for (Outcome o : outcomes) if (o.unit() != null) byUnit.computeIfAbsent(o.unit(), k -> new ArrayList<>()).add(o);
        byUnit.replaceAll((slug, list) -> List.copyOf(list));
        return byUnit;
    }

    public List<Finding> findings() { return outcomes.stream().flatMap(o -> o.findings().stream()).toList(); }

    /** How many rule applications of this severity are unmet (a rule unmet for three units counts three times). */
    public long unmet(RuleSeverity severity) {
        return outcomes.stream().filter(o -> o.unmet() && o.rule().severity() == severity).count();
    }

    public long count(OutcomeStatus status) { return outcomes.stream().filter(o -> o.status() == status).count(); }
}
