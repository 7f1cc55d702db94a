package vn.dxportal.scaffold;

import vn.dxportal.diag.Diagnostic;

/** Why a scaffold was not written; nothing on disk has changed when this is thrown. */
public final class ScaffoldException extends Exception {
    private final transient Diagnostic diagnostic;

    ScaffoldException(Diagnostic diagnostic) {
        super(diagnostic.message());
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() { return diagnostic; }
}
