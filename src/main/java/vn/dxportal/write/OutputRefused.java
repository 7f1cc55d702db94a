package vn.dxportal.write;

/** The output folder cannot be used (it holds files dxportal did not create, or is not writable). */
public final class OutputRefused extends Exception {
    private final String hint;

    public OutputRefused(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() { return hint; }
}
