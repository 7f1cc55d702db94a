package vn.dxportal.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * A named, versioned set of rules for one regulation (default {@code nd42-2022}). {@code shortTitle} names the
 * regulation in headings ("Tuân thủ Nghị định 42/2022"); {@code maxAgeDays} is how old kept-current information may
 * be before {@code check} reports it, unless site.yaml says otherwise; {@code file} is where the set was read from.
 */
public record RuleSet(String id, String version, String title, String shortTitle, LocalDate effective, List<String> sources,
                      int maxAgeDays, List<Rule> rules, String file) {
    public RuleSet {
        sources = sources == null ? List.of() : List.copyOf(sources);
        rules = List.copyOf(rules);
    }
}
