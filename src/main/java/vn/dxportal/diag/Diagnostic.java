package vn.dxportal.diag;

/**
 * One finding about the content, as a value: where it is, a stable code, what is wrong and how to fix it, in
 * Vietnamese ({@code message}, {@code hint}) and English ({@code messageEn}, {@code hintEn}).
 * Line and column are 1-based; 0 means "the whole file". Create one from the catalogue {@link Msg}, so both
 * languages always exist: {@code Diagnostic.error(Msg.UNKNOWN_UNIT, at, slug, role)}.
 */
public record Diagnostic(Severity severity, String code, String file, int line, int column, String message, String hint,
                         String messageEn, String hintEn) {

    /** A Vietnamese-only finding; kept so older call sites compile, but {@code DiagnosticCatalogTest} fails on any use. */
    @Deprecated
    public Diagnostic(Severity severity, String code, String file, int line, int column, String message, String hint) {
        this(severity, code, file, line, column, message, hint, null, null);
    }

    public static Diagnostic error(Msg msg, SourcePosition at, Object... args) { return of(Severity.ERROR, msg, at, args); }

    public static Diagnostic warning(Msg msg, SourcePosition at, Object... args) { return of(Severity.WARNING, msg, at, args); }

    public static Diagnostic of(Severity severity, Msg msg, SourcePosition at, Object... args) {
        return new Diagnostic(severity, msg.code(), at.file(), at.line(), at.column(),
                msg.message(Lang.VI, args), msg.hint(Lang.VI, args), msg.message(Lang.EN, args), msg.hint(Lang.EN, args));
    }

    /** @deprecated Vietnamese only; use {@link #error(Msg, SourcePosition, Object...)}. */
    @Deprecated
    public static Diagnostic error(String code, SourcePosition at, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, at.file(), at.line(), at.column(), message, hint);
    }

    /** @deprecated Vietnamese only; use {@link #warning(Msg, SourcePosition, Object...)}. */
    @Deprecated
    public static Diagnostic warning(String code, SourcePosition at, String message, String hint) {
        return new Diagnostic(Severity.WARNING, code, at.file(), at.line(), at.column(), message, hint);
    }

    public boolean isError() { return severity == Severity.ERROR; }

    public String messageIn(Lang lang) { return lang.pick(message, messageEn); }

    public String hintIn(Lang lang) { return lang.pick(hint, hintEn); }

    /** {@code file:line:column: lỗi[CODE] message} followed by an indented hint, the form editors and CI logs recognise. */
    public String toText() { return toText(Lang.VI); }

    public String toText(Lang lang) {
        String where = file + (line > 0 ? ":" + line + ":" + Math.max(column, 1) : "");
        String level = severity == Severity.ERROR ? lang.pick("lỗi", "error") : lang.pick("cảnh báo", "warning");
        String text = where + ": " + level + " [" + code + "] " + messageIn(lang);
        String h = hintIn(lang);
        return h == null || h.isBlank() ? text : text + "\n    → " + h;
    }
}
