package vn.dxportal.diag;

/** A place in a content file, relative to the content folder, with 1-based line and column (0 = unknown). */
public record SourcePosition(String file, int line, int column) {
    public static SourcePosition wholeFile(String file) { return new SourcePosition(file, 0, 0); }
}
