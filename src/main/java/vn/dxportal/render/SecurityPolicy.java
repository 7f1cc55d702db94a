package vn.dxportal.render;

/**
 * The Content-Security-Policy every page carries (a {@code <meta http-equiv>} in the theme's layout, so it holds on
 * any host, a sub-path and {@code file://}), and the one the deploy recipes send as a header. Scripts, styles,
 * images and fetches come from the site itself only; no inline script or style is allowed, so even markup that
 * got past {@link SafeHtml} could not run. The default theme has no inline script or style attribute: a theme that
 * needs script ships it as a file under {@code static/}.
 */
public final class SecurityPolicy {
    /** For the meta element: {@code frame-ancestors} and reporting are ignored there, so they are left to the server. */
    public static final String META = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /** For a web server's header: the same, and no framing by other sites (clickjacking). */
    public static final String HEADER = META + "; frame-ancestors 'self'";

    private SecurityPolicy() {}
}
