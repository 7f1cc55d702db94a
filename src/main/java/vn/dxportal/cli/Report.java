package vn.dxportal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Diagnostics;
import vn.dxportal.diag.Lang;
import vn.dxportal.rules.Compliance;
import vn.dxportal.rules.Finding;
import vn.dxportal.rules.Outcome;
import vn.dxportal.rules.OutcomeStatus;
import vn.dxportal.rules.RuleSeverity;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints findings for people (text) or for tools (JSON): content diagnostics, then portal-content compliance. */
final class Report {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Report() {}

    static void text(Diagnostics d, Lang lang, PrintWriter out) {
        for (Diagnostic x : d.sorted()) out.println(x.toText(lang));
    }

    static void summary(Diagnostics d, Lang lang, PrintWriter out) {
        out.println(lang.pick(d.errorCount() + " lỗi, " + d.warningCount() + " cảnh báo.",
                d.errorCount() + " error(s), " + d.warningCount() + " warning(s)."));
    }

    /**
     * The compliance section, kept apart from content diagnostics: a heading naming the rule set, then the portal's
     * and each unit's unmet rules with file, rule id, legal reference and a fix, then a one-line total.
     */
    static void compliance(Compliance c, boolean strict, PrintWriter out) {
        if (!c.evaluated()) return;
        out.println();
        out.println("Tuân thủ " + c.ruleSet().shortTitle() + " (bộ quy tắc " + c.ruleSet().id() + ", phiên bản " + c.ruleSet().version() + ")");
        Map<String, List<Outcome>> bySubject = new LinkedHashMap<>();
        for (Outcome o : c.outcomes()) bySubject.computeIfAbsent(o.unit() == null ? "" : o.unit(), k -> new java.util.ArrayList<>()).add(o);
        bySubject.forEach((slug, outcomes) -> {
            long met = outcomes.stream().filter(o -> o.status() == OutcomeStatus.MET).count();
            long applicable = outcomes.stream().filter(o -> o.status() != OutcomeStatus.NOT_APPLICABLE).count();
            String name = slug.isEmpty() ? "Toàn cổng" : outcomes.get(0).unitName() + " (" + slug + ")";
            out.println(name + ": đạt " + met + "/" + applicable + " yêu cầu.");
            for (Outcome o : outcomes) for (Finding f : o.findings()) out.println("  " + f.toText().replace("\n", "\n  "));
        });
        long must = c.unmet(RuleSeverity.MUST), should = c.unmet(RuleSeverity.SHOULD);
        out.println("Chưa đạt: " + must + " lượt yêu cầu bắt buộc, " + should + " lượt khuyến nghị"
                + (c.count(OutcomeStatus.NOT_EVALUATED) > 0 ? "; " + c.count(OutcomeStatus.NOT_EVALUATED) + " lượt chưa đánh giá được" : "") + "."
                + (must > 0 && !strict ? " Dùng --strict để coi yêu cầu bắt buộc chưa đạt là lỗi." : ""));
    }

    static void json(Diagnostics d, Compliance c, Lang lang, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("errors", d.errorCount());
        root.put("warnings", d.warningCount());
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic x : d.sorted()) {
            ObjectNode n = diagnostics.addObject();
            n.put("severity", x.severity().name().toLowerCase());
            n.put("code", x.code());
            n.put("file", x.file());
            n.put("line", x.line());
            n.put("column", x.column());
            n.put("message", x.messageIn(lang));
            n.put("hint", x.hintIn(lang));
        }
        if (c.evaluated()) {
            ObjectNode set = root.putObject("rule_set");
            set.put("id", c.ruleSet().id());
            set.put("version", c.ruleSet().version());
            set.put("title", c.ruleSet().title());
            set.put("file", c.ruleSet().file());
            ObjectNode summary = root.putObject("compliance_summary");
            summary.put("must_unmet", c.unmet(RuleSeverity.MUST));
            summary.put("should_unmet", c.unmet(RuleSeverity.SHOULD));
            for (OutcomeStatus s : OutcomeStatus.values()) summary.put(s.name().toLowerCase(), c.count(s));
        }
        ArrayNode compliance = root.putArray("compliance");
        for (Finding f : c.findings()) {
            ObjectNode n = compliance.addObject();
            n.put("rule", f.rule());
            n.put("severity", f.severity().key());
            n.put("legal", f.legal());
            n.put("unit", f.unit());
            n.put("file", f.file());
            n.put("line", f.line());
            n.put("column", f.column());
            n.put("field", f.field());
            n.put("message", f.message());
            n.put("detail", f.detail());
            n.put("hint", f.hint());
        }
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
