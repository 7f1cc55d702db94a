package vn.dxportal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.dxportal.content.RawContent;
import vn.dxportal.content.YamlDocument;
import vn.dxportal.diag.Diagnostics;
import vn.dxportal.diag.SourcePosition;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules stage: applies the portal-content rule set chosen in site.yaml ({@code rules.set}, default
 * {@value RuleSetLoader#DEFAULT}) to the portal and to every unit, and says for each rule whether it is met and,
 * if not, exactly what to add where. Runs on validated content; a broken or unknown rule set is a content error.
 */
public final class Rules {

    /**
     * @param theme   the theme folder (functions the theme provides are checked there)
     * @param today   the date freshness is judged against; null leaves freshness not evaluated
     * @param baseUrl a --base-url given on the command line, which stands in for site.yaml's base_url
     */
    public record Options(Path theme, Path layouts, LocalDate today, String baseUrl) {}

    private Rules() {}

    /** @return the outcome of every rule, or {@link Compliance#none()} when the rule set cannot be used (reported as errors) */
    public static Compliance evaluate(RawContent raw, Options options, Diagnostics diagnostics) {
        JsonNode choice = raw.site().root().path("rules");
        String id = choice.path("set").asText(RuleSetLoader.DEFAULT);
        SourcePosition chosenAt = choice.has("set") ? raw.site().at("/rules/set") : null;
        RuleSet set = new RuleSetLoader(raw.root()).load(id, chosenAt, diagnostics);
        if (set == null) return Compliance.none();
        int maxAge = choice.path("max_age_days").asInt(set.maxAgeDays());
        CheckContext context = new CheckContext(options.theme(), options.layouts(), options.today(), maxAge);

        Map<String, RawContent.RawUnit> units = new LinkedHashMap<>();
        raw.units().stream().sorted(Comparator.comparing(RawContent.RawUnit::slug)).forEach(u -> units.put(u.slug(), u));
        Subject portal = Subject.portal(raw, units, Source.of(withBaseUrl(raw.site(), options.baseUrl())));

        List<Outcome> outcomes = new ArrayList<>();
        for (Rule rule : set.rules()) if (rule.scope() == RuleScope.PORTAL) outcomes.add(apply(rule, portal, context));
        // A unit's rules read only its own files and the portal's, so units are judged in parallel; toList() keeps
        // the units' order.
        List<Rule> unitRules = set.rules().stream().filter(r -> r.scope() == RuleScope.UNIT).toList();
        units.keySet().parallelStream().map(slug -> {
            Subject unit = portal.unit(slug);
            return unitRules.stream().map(rule -> apply(rule, unit, context)).toList();
        }).toList().forEach(outcomes::addAll);
        return new Compliance(set, outcomes);
    }

    static Outcome apply(Rule rule, Subject subject, CheckContext context) {
        String notApplicable = notApplicable(rule, subject);
        if (notApplicable != null) return new Outcome(rule, subject.slug(), subject.name(), OutcomeStatus.NOT_APPLICABLE, List.of(), notApplicable);
        List<Finding> findings = new ArrayList<>();
        List<String> unjudged = new ArrayList<>();
        for (Check check : rule.checks()) {
            Check.Result r = check.run(subject, context);
            if (!r.evaluated()) unjudged.add(r.notEvaluated());
            for (Gap g : r.gaps()) {
                String hint = rule.hint() == null ? g.hint() : g.hint() + " " + rule.hint();
                findings.add(new Finding(rule.id(), rule.title(), rule.severity(), rule.legal(), subject.slug(), g.at().file(), g.at().line(),
                        g.at().column(), g.field(), g.message(), hint));
            }
        }
        if (!findings.isEmpty()) return new Outcome(rule, subject.slug(), subject.name(), OutcomeStatus.UNMET, findings, null);
        if (unjudged.size() == rule.checks().size()) {
            return new Outcome(rule, subject.slug(), subject.name(), OutcomeStatus.NOT_EVALUATED, List.of(), String.join("; ", unjudged));
        }
        return new Outcome(rule, subject.slug(), subject.name(), OutcomeStatus.MET, List.of(), null);
    }

    private static String notApplicable(Rule rule, Subject subject) {
        if (subject.slug() == null) return null;
        if (rule.activeUnitsOnly() && subject.ended()) return "đơn vị đã kết thúc hoạt động";
        if (!rule.levels().isEmpty() && !rule.levels().contains(subject.level())) return "không áp dụng cho cấp này";
        return null;
    }

    /** --base-url gives the portal its address as much as site.yaml's base_url does. */
    private static YamlDocument withBaseUrl(YamlDocument site, String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank() || !(site.root() instanceof ObjectNode obj)) return site;
        ObjectNode copy = obj.deepCopy();
        copy.put("base_url", baseUrl);
        return site.withRoot(copy);
    }
}
