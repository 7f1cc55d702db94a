package vn.dxportal.diag;

/**
 * One finding about the content, as a value: where it is, a stable code, what is wrong and how to fix it.
 * Line and column are 1-based; 0 means "the whole file".
 */
public record Diagnostic(Severity severity, String code, String file, int line, int column, String message, String hint) {

    public static Diagnostic error(String code, SourcePosition at, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, at.file(), at.line(), at.column(), message, hint);
    }

    public static Diagnostic warning(String code, SourcePosition at, String message, String hint) {
        return new Diagnostic(Severity.WARNING, code, at.file(), at.line(), at.column(), message, hint);
    }

    public boolean isError() { return severity == Severity.ERROR; }

    /** {@code file:line:column: lỗi[CODE] message} followed by an indented hint, the form editors and CI logs recognise. */
    public String toText() {
        String where = file + (line > 0 ? ":" + line + ":" + Math.max(column, 1) : "");
        String level = severity == Severity.ERROR ? "lỗi" : "cảnh báo";
        String text = where + ": " + level + " [" + code + "] " + message;
        return hint == null || hint.isBlank() ? text : text + "\n    → " + hint;
    }
}
