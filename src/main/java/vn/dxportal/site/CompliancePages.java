package vn.dxportal.site;

import vn.dxportal.rules.Compliance;
import vn.dxportal.rules.Outcome;
import vn.dxportal.rules.OutcomeStatus;
import vn.dxportal.rules.RuleSeverity;
import vn.dxportal.model.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compliance pages: for the portal and for each unit, every rule of the chosen set with its legal basis,
 * whether it is met and, if not, what is missing and in which file — so citizens and auditors see what the
 * editorial board sees in {@code check}.
 */
final class CompliancePages implements PageSet {

    /** A unit's tally for the portal page: met over applicable, for "must" and for "should" rules. */
    public record Tally(Unit unit, long mustMet, long mustApplicable, long shouldMet, long shouldApplicable) {}

    @Override
    public void plan(PlanContext plan) {
        Compliance c = plan.compliance();
        if (!c.evaluated()) return;
        String root = plan.portal().root() == null ? "" : plan.portal().root().toString().replace('\\', '/') + "/";
        List<Tally> tallies = new ArrayList<>();
        Map<String, List<Outcome>> byUnit = c.byUnit();
        for (Unit u : plan.portal().units()) {
            List<Outcome> outcomes = byUnit.getOrDefault(u.slug(), List.of());
            tallies.add(new Tally(u, count(outcomes, RuleSeverity.MUST, true), count(outcomes, RuleSeverity.MUST, false),
                    count(outcomes, RuleSeverity.SHOULD, true), count(outcomes, RuleSeverity.SHOULD, false)));
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("ruleSet", c.ruleSet());
            model.put("unit", u);
            model.put("outcomes", outcomes);
            model.put("contentRoot", root);
            plan.add(Urls.unitCompliancePath(u.slug()), "compliance-unit.ftlh", "Tuân thủ " + c.ruleSet().shortTitle() + " – " + u.info().name(),
                    Set.of("*"), model);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("ruleSet", c.ruleSet());
        model.put("outcomes", c.portal());
        model.put("tallies", tallies);
        model.put("contentRoot", root);
        plan.add(Urls.compliancePath(), "compliance.ftlh", "Tuân thủ " + c.ruleSet().shortTitle(), Set.of("*"), model);
    }

    private static long count(List<Outcome> outcomes, RuleSeverity severity, boolean metOnly) {
        return outcomes.stream().filter(o -> o.rule().severity() == severity)
                .filter(o -> metOnly ? o.status() == OutcomeStatus.MET : o.status() != OutcomeStatus.NOT_APPLICABLE).count();
    }
}
