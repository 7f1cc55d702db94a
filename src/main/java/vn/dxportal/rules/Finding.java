package vn.dxportal.rules;

/**
 * One unmet requirement, as {@code check} prints it: the rule (id and title), its legal reference, the unit
 * ({@code null} for the portal), the file to edit with line and column (0 = the whole file, or a file still to be
 * created), the missing field, what is missing ({@code detail}) and how to fix it.
 */
public record Finding(String rule, String ruleTitle, RuleSeverity severity, String legal, String unit, String file, int line,
                      int column, String field, String detail, String hint) {

    /** The rule's requirement followed by what is missing: "Sơ đồ cơ cấu tổ chức: thiếu 'structure_chart'." */
    public String message() { return ruleTitle + ": " + detail; }

    /** {@code file:line:column: bắt buộc [rule] message (legal)} and an indented hint, like content diagnostics. */
    public String toText() {
        String where = file + (line > 0 ? ":" + line + ":" + Math.max(column, 1) : "");
        String text = where + ": " + severity.vi() + " [" + rule + "] " + message() + " (" + legal + ")";
        return hint == null || hint.isBlank() ? text : text + "\n    → " + hint;
    }
}
