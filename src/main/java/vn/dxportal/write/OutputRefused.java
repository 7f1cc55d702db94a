package vn.dxportal.write;

import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Msg;
import vn.dxportal.diag.SourcePosition;

/** The output folder cannot be used (it holds files dxportal did not create, or is not writable). */
public final class OutputRefused extends Exception {
    private final transient Diagnostic diagnostic;

    public OutputRefused(Msg msg, String out) {
        this(Diagnostic.error(msg, SourcePosition.wholeFile(out), out));
    }

    private OutputRefused(Diagnostic diagnostic) {
        super(diagnostic.message());
        this.diagnostic = diagnostic;
    }

    public String hint() { return diagnostic.hint(); }

    /** The refusal as a diagnostic, in both languages. */
    public Diagnostic diagnostic() { return diagnostic; }
}
