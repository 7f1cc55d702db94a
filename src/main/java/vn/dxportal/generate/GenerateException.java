package vn.dxportal.generate;

import java.io.IOException;

/** Input the generator cannot use (a missing or malformed fixture file): the message names it, the hint says what to do. */
public final class GenerateException extends IOException {
    private final String hint;

    public GenerateException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() { return hint; }
}
