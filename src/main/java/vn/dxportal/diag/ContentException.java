package vn.dxportal.diag;

import java.util.List;

/** Thrown when a stage cannot go on because the content has errors; carries the findings, never a stack trace for the user. */
public final class ContentException extends RuntimeException {
    private final List<Diagnostic> diagnostics;

    public ContentException(List<Diagnostic> diagnostics) {
        super(diagnostics.size() + " content problem(s)");
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() { return diagnostics; }
}
